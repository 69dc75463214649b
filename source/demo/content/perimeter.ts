import {cloze, fc, match, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Week 10: firewalls, iptables, segmentation and intrusion detection. */
export const perimeterConcepts: DemoConcept[] = [
  {
    name: 'Firewalls',
    week: 10,
    definition:
      'Devices or software that filter traffic by rules: stateless filters judge each packet ' +
      'alone, stateful firewalls track connections, next-generation firewalls identify applications.',
    atoms: [
      fc(
        'What does a stateful firewall track that a stateless filter does not?',
        'Connection state, so return traffic of allowed flows is permitted automatically.',
      ),
      fc(
        'What happens to traffic that matches no rule in a typical firewall policy?',
        'It is dropped by the implicit deny at the end.',
      ),
      fc(
        'Why must a stateless filter allow inbound high ports for outbound web browsing?',
        "Replies return to the client's ephemeral port and cannot be told from new traffic.",
      ),
      fc(
        'In which order does a firewall evaluate its rule list?',
        'Top to bottom; the first matching rule decides.',
      ),
      cloze(
        'Because the {{c1::first match}} wins, specific firewall rules must be placed {{c2::above}} general ones.',
      ),
      mcq(
        'Which fields can a stateless packet filter match on?',
        [
          'Source and destination IP address',
          'Destination port',
          'Whether a packet belongs to an established connection',
          'The URL inside an HTTPS request',
        ],
        [0, 1],
      ),
      tf(
        'A next-generation firewall can identify applications regardless of the port they use.',
        true,
      ),
    ],
  },
  {
    name: 'Packet Filtering with iptables',
    week: 10,
    definition:
      'The Linux netfilter command-line tool: tables (filter, nat, mangle) hold chains such as ' +
      'INPUT, FORWARD and OUTPUT, whose rules jump to targets like ACCEPT, DROP and REJECT.',
    atoms: [
      fc('Which iptables chain handles packets addressed to the local host?', 'INPUT.'),
      fc('Which iptables chain handles packets routed through the host?', 'FORWARD.'),
      fc(
        'How does the iptables REJECT target differ from DROP?',
        'REJECT also sends an error back (ICMP unreachable or TCP RST); DROP is silent.',
      ),
      fc(
        'Which iptables table and chain perform source NAT (masquerading)?',
        'The nat table, POSTROUTING chain.',
      ),
      cloze(
        'The command `iptables -A INPUT -p tcp --dport 22 -j ACCEPT` {{c1::appends}} a rule that allows {{c2::SSH}}.',
      ),
      mcq(
        'Which commands make the INPUT chain deny traffic that no earlier rule accepted?',
        [
          'iptables -P INPUT DROP',
          'iptables -A INPUT -j DROP',
          'iptables -F INPUT',
          'iptables -P OUTPUT ACCEPT',
        ],
        [0, 1],
        '-P sets the chain policy and a final catch-all DROP rule has the same effect; -F only flushes.',
      ),
      tf(
        'Without a rule number, iptables -I inserts at the top of a chain while -A appends at the bottom.',
        true,
      ),
      parsons(
        'Arrange these iptables commands for a server that allows SSH except from one bad network.',
        [
          'iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT',
          'iptables -A INPUT -s 203.0.113.0/24 -j DROP',
          'iptables -A INPUT -p tcp --dport 22 -j ACCEPT',
          'iptables -P INPUT DROP',
        ],
        ['iptables -A INPUT -j ACCEPT'],
        'The block must precede the SSH accept, and the DROP policy comes last so the session survives.',
      ),
    ],
  },
  {
    name: 'DMZ and Network Segmentation',
    week: 10,
    definition:
      'Placing public-facing servers in a separate screened subnet and dividing internal ' +
      'networks into zones so that a compromise cannot spread freely.',
    atoms: [
      fc(
        'Where does a DMZ sit in a network design?',
        'Between the Internet and the internal network, as a screened subnet for public servers.',
      ),
      fc(
        'Why should a DMZ web server be blocked from opening connections into the internal LAN?',
        'If it is compromised, the attacker could pivot inward.',
      ),
      fc(
        'How does micro-segmentation differ from classic segmentation?',
        'Policy is enforced between individual workloads rather than whole subnets.',
      ),
      fc(
        'Which security model authenticates every request regardless of network location?',
        'Zero trust.',
      ),
      cloze(
        'A {{c1::three-legged}} firewall has separate interfaces for the Internet, the DMZ and the internal network.',
      ),
      mcq(
        'Which servers typically belong in a DMZ?',
        ['Public web server', 'Domain controller', 'Inbound mail relay', 'HR database'],
        [0, 2],
      ),
      tf(
        'VLANs alone block traffic between segments without any filtering at the layer-3 boundary.',
        false,
        'Inter-VLAN traffic is routed; without ACLs or a firewall it flows freely.',
      ),
    ],
  },
  {
    name: 'Intrusion Detection and Prevention',
    week: 10,
    definition:
      'Systems that inspect traffic for attacks using signatures or anomaly detection; an IDS ' +
      'alerts passively, while an IPS sits inline and blocks.',
    atoms: [
      fc(
        'What is the difference between an IDS and an IPS?',
        "An IDS is passive, it gets a copy of traffic from a SPAN port or tap and just alerts, while an IPS is inline so it can actually drop the malicious packets but it can also block legitimate traffic if there's a false positive",
      ),
      fc('What is a false positive in intrusion detection?', 'An alert raised for benign traffic.'),
      fc(
        'What is the main weakness of signature-based detection?',
        'It misses new (zero-day) attacks that have no signature yet.',
      ),
      fc(
        'How does a passive IDS usually receive a copy of traffic?',
        'From a switch SPAN (mirror) port or a network tap.',
      ),
      cloze('{{c1::Snort}} and {{c2::Suricata}} are open-source signature-based IDS/IPS engines.'),
      mcq(
        'Which are drawbacks of an inline IPS compared with a passive IDS?',
        [
          'It adds latency',
          'A false positive blocks legitimate traffic',
          'It cannot see traffic',
          'It can only alert',
        ],
        [0, 1],
      ),
      tf(
        'A network IDS can inspect the payload of TLS traffic without access to the keys.',
        false,
        'Without decryption it sees only metadata such as addresses, ports, SNI and timing.',
      ),
      match('Match each security control to what it does.', [
        ['Stateful firewall', 'Permits return traffic of tracked connections'],
        ['IDS', 'Alerts on suspicious traffic'],
        ['IPS', 'Blocks suspicious traffic inline'],
        ['WAF', 'Filters HTTP requests to web applications'],
        ['Honeypot', 'Decoy system that attracts attackers'],
      ]),
    ],
  },
];
