import {cloze, fc, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Week 2, second half: learning switches, VLANs and spanning tree. */
export const switchingConcepts: DemoConcept[] = [
  {
    name: 'Switching and MAC Tables',
    week: 2,
    definition:
      'How a learning switch builds a MAC address table from source addresses and then ' +
      'forwards, floods or filters each frame.',
    atoms: [
      fc(
        'What does a switch learn from each incoming frame?',
        'The source MAC address and the port it arrived on.',
      ),
      fc(
        'What does a switch do with a unicast frame whose destination MAC is unknown?',
        'Floods it out every port in the VLAN except the ingress port.',
      ),
      fc(
        'What is the difference between a hub and a switch?',
        "A hub repeats every bit out of all ports so everyone shares one collision domain and it's half duplex, while a switch learns MAC addresses and forwards frames only to the right port, giving each port its own collision domain and allowing full duplex.",
      ),
      fc('What is the default MAC address table aging time on Cisco switches?', '300 seconds.'),
      cloze(
        'Each switch port is its own {{c1::collision domain}}, but all ports in a VLAN share one {{c2::broadcast domain}}.',
      ),
      mcq(
        'How does a switch handle a frame addressed to FF:FF:FF:FF:FF:FF?',
        [
          'Drops it',
          'Sends it only to the router',
          'Floods it out all ports in the VLAN except the ingress port',
          'Forwards it to the port listed in its MAC table',
        ],
        [2],
      ),
      tf(
        'Cut-through switching starts forwarding a frame before the whole frame has arrived.',
        true,
        'It forwards once the destination MAC is read, so it cannot check the FCS first.',
      ),
      parsons(
        'Arrange the pseudocode of a learning switch handling one frame.',
        [
          'table[frame.src] = in_port',
          'if frame.dst in table:',
          '    out = table[frame.dst]',
          '    if out != in_port:',
          '        forward(frame, out)',
          'else:',
          '    flood(frame, except_port=in_port)',
        ],
        ['    table[frame.dst] = in_port'],
        'Learn from the source first, then forward, filter (same port) or flood.',
      ),
    ],
  },
  {
    name: 'VLANs',
    week: 2,
    definition:
      'IEEE 802.1Q virtual LANs split one switched network into separate broadcast domains; ' +
      'trunk links carry many VLANs using a 4-byte tag.',
    atoms: [
      fc('How many bytes does an 802.1Q tag add to an Ethernet frame?', '4 bytes.'),
      fc('How many bits long is the 802.1Q VLAN ID field?', '12 bits (usable VLANs 1–4094).'),
      fc(
        'What is the native VLAN on an 802.1Q trunk?',
        'The VLAN whose frames cross the trunk untagged (VLAN 1 by default).',
      ),
      fc(
        'What is needed for hosts in two different VLANs to communicate?',
        'A layer-3 device: a router-on-a-stick or an SVI on a layer-3 switch.',
      ),
      cloze(
        'An access port carries {{c1::one}} VLAN untagged, while a {{c2::trunk}} port carries many VLANs with 802.1Q tags.',
      ),
      mcq(
        'Which fields are inside the 4-byte 802.1Q tag?',
        ['TPID 0x8100', '3-bit Priority Code Point', 'Source MAC', '12-bit VLAN ID'],
        [0, 1, 3],
      ),
      tf(
        'VLAN 4095 can be assigned to an access port.',
        false,
        'VLAN IDs 0 and 4095 are reserved; usable VLANs are 1–4094.',
      ),
      parsons(
        'Arrange the Cisco IOS commands that put Gi0/5 into access VLAN 10 named SALES.',
        [
          'configure terminal',
          'vlan 10',
          ' name SALES',
          'interface GigabitEthernet0/5',
          ' switchport mode access',
          ' switchport access vlan 10',
          'end',
        ],
        [' switchport mode trunk'],
      ),
    ],
  },
  {
    name: 'Spanning Tree Protocol',
    week: 2,
    definition:
      'IEEE 802.1D spanning tree blocks redundant switch links to form a loop-free tree rooted ' +
      'at an elected root bridge.',
    atoms: [
      fc(
        'Why do switched networks with redundant links need Spanning Tree Protocol?',
        'To prevent layer-2 loops and broadcast storms.',
      ),
      fc(
        'How is the STP root bridge elected?',
        'Lowest bridge ID: priority first (default 32768), then lowest MAC.',
      ),
      fc(
        'What are the messages STP switches exchange called?',
        'BPDUs (Bridge Protocol Data Units).',
      ),
      fc(
        'Roughly how long does classic 802.1D STP take to converge after a topology change?',
        '30–50 seconds (20 s max age plus 2 × 15 s forward delay).',
      ),
      cloze('Rapid Spanning Tree is standardised as IEEE {{c1::802.1w}} and converges in seconds.'),
      mcq(
        'Which are port states in classic 802.1D STP?',
        ['Blocking', 'Discarding', 'Learning', 'Flooding'],
        [0, 2],
        'Classic states: blocking, listening, learning, forwarding, disabled. Discarding is RSTP.',
      ),
      tf(
        'Ethernet frames carry a TTL field that stops them looping forever.',
        false,
        'Ethernet has no TTL, which is why a loop becomes a broadcast storm.',
      ),
    ],
  },
];
