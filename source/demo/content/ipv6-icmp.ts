import {cloze, fc, match, mcq, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Week 4: IPv6 addressing and ICMP. */
export const ipv6IcmpConcepts: DemoConcept[] = [
  {
    name: 'IPv6 Addressing',
    week: 4,
    definition:
      '128-bit addresses written as eight groups of hex; a /64 prefix is standard for a LAN ' +
      'and hosts can configure themselves with SLAAC.',
    atoms: [
      fc('How many bits make up an IPv6 address?', '128 bits.'),
      fc(
        'What is the compressed form of 2001:0db8:0000:0000:0000:ff00:0042:8329?',
        '2001:db8::ff00:42:8329',
      ),
      fc('Which IPv6 prefix is used for link-local addresses?', 'fe80::/10.'),
      fc('How large is the fixed IPv6 base header?', '40 bytes.'),
      cloze(
        'In IPv6 only the {{c1::source host}} fragments packets, and every link must carry at least {{c2::1280}} bytes.',
      ),
      mcq(
        'Which statements about IPv6 are true?',
        [
          'Broadcast addresses replace multicast',
          'SLAAC lets hosts form addresses from router advertisements',
          'The header checksum was removed',
          'Addresses are 64 bits long',
        ],
        [1, 2],
        'IPv6 has no broadcast at all; multicast covers those uses.',
      ),
      tf(
        'The :: shorthand may appear twice in one IPv6 address.',
        false,
        'Only once; twice would make the number of zero groups ambiguous.',
      ),
      match('Match each IPv6 address or prefix to its meaning.', [
        ['::1', 'Loopback'],
        ['fe80::/10', 'Link-local unicast'],
        ['ff00::/8', 'Multicast'],
        ['fc00::/7', 'Unique local addresses'],
        ['2000::/3', 'Global unicast'],
      ]),
    ],
  },
  {
    name: 'ICMP',
    week: 4,
    definition:
      'Internet Control Message Protocol (IP protocol 1) reports errors and diagnostics such as ' +
      'unreachable destinations and expired TTLs; ping and traceroute rely on it.',
    atoms: [
      fc('Which ICMP type and code does ping send?', 'Type 8, code 0 (Echo Request).'),
      fc('Which IP protocol number does ICMP use?', 'Protocol 1.'),
      fc(
        'How does traceroute discover each hop on a path?',
        'It sends probes with TTL 1, 2, 3 … and records who returns Time Exceeded.',
      ),
      fc(
        'What does ICMP Destination Unreachable code 4 mean?',
        'Fragmentation needed but DF set (used by Path MTU Discovery).',
      ),
      cloze(
        'ICMP Time Exceeded is type {{c1::11}}, and Destination Unreachable is type {{c2::3}}.',
      ),
      mcq(
        'Which probe packets does Linux traceroute send by default?',
        [
          'ICMP Echo Requests',
          'UDP datagrams to high ports',
          'TCP SYNs to port 80',
          'ARP requests',
        ],
        [1],
        'Linux traceroute starts at UDP port 33434; Windows tracert uses ICMP Echo.',
      ),
      tf(
        'ICMP messages are carried inside TCP segments.',
        false,
        'ICMP is carried directly in IP packets as protocol 1.',
      ),
      match('Match each ICMP type number to its message.', [
        ['0', 'Echo Reply'],
        ['3', 'Destination Unreachable'],
        ['5', 'Redirect'],
        ['8', 'Echo Request'],
        ['11', 'Time Exceeded'],
      ]),
    ],
  },
];
