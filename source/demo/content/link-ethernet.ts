import {cloze, fc, match, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Week 2, first half: the Ethernet frame, MAC addresses and ARP. */
export const ethernetConcepts: DemoConcept[] = [
  {
    name: 'Ethernet Framing',
    week: 2,
    definition:
      'The IEEE 802.3 frame: preamble and SFD, destination and source MAC, EtherType or ' +
      'length, a 46–1500 byte payload and a 4-byte CRC.',
    atoms: [
      fc(
        'What is the minimum Ethernet frame size, excluding preamble and SFD?',
        '64 bytes (padding fills short payloads).',
      ),
      fc('What is the standard Ethernet MTU?', '1500 bytes of payload.'),
      fc('What EtherType value identifies an IPv4 payload?', '0x0800'),
      fc('Which algorithm does the Ethernet Frame Check Sequence use?', 'A 32-bit CRC (CRC-32).'),
      cloze(
        'An Ethernet frame begins with a 7-byte {{c1::preamble}} followed by a 1-byte {{c2::Start Frame Delimiter}}.',
      ),
      mcq(
        'Which EtherType values are correctly paired with their protocol?',
        ['0x0806 — ARP', '0x86DD — IPv6', '0x8100 — IPv4', '0x0800 — 802.1Q VLAN tag'],
        [0, 1],
        '0x0800 is IPv4 and 0x8100 is the TPID of an 802.1Q VLAN tag.',
      ),
      tf(
        'A value of 1500 or less in the EtherType/Length field means the field is a length.',
        true,
        'Values of 0x0600 (1536) and above are EtherTypes; 1500 or less is an 802.3 length.',
      ),
      match('Match each Ethernet frame field to its size.', [
        ['Preamble', '7 bytes'],
        ['Destination MAC', '6 bytes'],
        ['EtherType', '2 bytes'],
        ['Frame Check Sequence', '4 bytes'],
      ]),
    ],
  },
  {
    name: 'MAC Addresses',
    week: 2,
    definition:
      "48-bit hardware addresses that identify interfaces on a LAN; the first 24 bits are the vendor's OUI.",
    atoms: [
      fc('How many bits long is an Ethernet MAC address?', '48 bits (6 bytes).'),
      fc(
        'What does the OUI in a MAC address identify?',
        'The manufacturer (first 24 bits, Organizationally Unique Identifier).',
      ),
      fc('What is the Ethernet broadcast MAC address?', 'FF:FF:FF:FF:FF:FF.'),
      fc(
        'Which bit of a MAC address marks it as multicast?',
        'The least significant bit of the first octet (the I/G bit).',
      ),
      cloze(
        'When the second-lowest bit of the first MAC octet (the {{c1::U/L}} bit) is set, the address is {{c2::locally administered}}.',
      ),
      mcq(
        'Which of these MAC addresses are multicast or broadcast?',
        ['01:00:5E:00:00:FB', '00:1A:2B:3C:4D:5E', 'FF:FF:FF:FF:FF:FF', '3C:22:FB:12:34:56'],
        [0, 2],
        'An odd first octet (01, FF) sets the I/G bit; 00 and 3C are even, so unicast.',
      ),
      tf(
        'A MAC address travels end to end across the Internet unchanged.',
        false,
        'MAC addresses matter on one link only; routers rewrite source and destination MAC at every hop.',
      ),
    ],
  },
  {
    name: 'ARP',
    week: 2,
    definition:
      'Address Resolution Protocol (RFC 826): finds the MAC address for a next-hop IPv4 ' +
      'address on the local link with a broadcast request and a unicast reply.',
    atoms: [
      fc(
        'What is ARP?',
        'Address Resolution Protocol, it maps IPv4 addresses to MAC addresses on the local network so frames can be delivered',
      ),
      fc('Is an ARP request sent as unicast or broadcast?', 'Broadcast, to FF:FF:FF:FF:FF:FF.'),
      fc(
        'What is a gratuitous ARP used for?',
        "Announcing a host's own IP to update caches or detect address conflicts.",
      ),
      fc('Which command shows the ARP cache on Linux?', '`ip neigh show` (older: `arp -n`).'),
      cloze('ARP messages are carried directly in Ethernet frames with EtherType {{c1::0x0806}}.'),
      mcq(
        'A host wants to send to 8.8.8.8, which is off its subnet. Whose MAC address does it ARP for?',
        ['8.8.8.8', 'Its default gateway', 'Its DNS server', 'Nobody; it broadcasts the IP packet'],
        [1],
      ),
      tf(
        'IPv6 uses ARP to resolve the link-layer addresses of neighbours.',
        false,
        'IPv6 uses Neighbor Discovery: ICMPv6 Neighbor Solicitation and Advertisement.',
      ),
      parsons("Arrange the steps when host A resolves host B's MAC address with ARP.", [
        "A checks its ARP cache for B's IP and misses",
        "A broadcasts an ARP request: who has B's IP? Tell A",
        'Every host on the segment receives the request',
        'B recognises its own IP and unicasts an ARP reply with its MAC',
        'A stores the mapping in its ARP cache and sends the frame',
      ]),
    ],
  },
];
