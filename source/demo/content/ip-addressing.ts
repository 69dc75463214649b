import {cloze, fc, match, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Weeks 3–4: IPv4 addresses, the header, subnetting and NAT. */
export const ipAddressingConcepts: DemoConcept[] = [
  {
    name: 'IPv4 Addressing',
    week: 3,
    definition:
      '32-bit addresses written in dotted decimal and split into a network prefix and a host ' +
      'part by a subnet mask.',
    atoms: [
      fc('How many bits long is an IPv4 address?', '32 bits.'),
      fc('What is the IPv4 limited broadcast address?', '255.255.255.255.'),
      fc('Which IPv4 block is reserved for loopback?', '127.0.0.0/8.'),
      fc('Which range do APIPA (link-local) IPv4 addresses come from?', '169.254.0.0/16.'),
      cloze(
        'Under the old classful scheme, 10.0.0.0 was class {{c1::A}}, 172.16.0.0 class {{c2::B}} and 192.168.1.0 class {{c3::C}}.',
      ),
      mcq(
        'Which are usable host addresses on 192.168.10.0/24?',
        ['192.168.10.0', '192.168.10.1', '192.168.10.254', '192.168.10.255'],
        [1, 2],
        '.0 is the network address and .255 the broadcast address.',
      ),
      tf('The route 0.0.0.0/0 matches every IPv4 destination.', true, 'It is the default route.'),
      match('Match each special-purpose IPv4 block to its use.', [
        ['127.0.0.0/8', 'Loopback'],
        ['169.254.0.0/16', 'Link-local (APIPA)'],
        ['224.0.0.0/4', 'Multicast'],
        ['10.0.0.0/8', 'Private (RFC 1918)'],
        ['100.64.0.0/10', 'Carrier-grade NAT shared space'],
      ]),
    ],
  },
  {
    name: 'IPv4 Header',
    week: 3,
    definition:
      'The 20–60 byte header of every IPv4 packet: version, IHL, DSCP/ECN, total length, ' +
      'identification, flags, fragment offset, TTL, protocol, checksum and addresses.',
    atoms: [
      fc('What is the minimum size of an IPv4 header?', '20 bytes (IHL = 5).'),
      fc(
        'What does a router do when it decrements an IPv4 TTL to 0?',
        'Discards the packet and sends ICMP Time Exceeded to the source.',
      ),
      fc('Which IPv4 Protocol field values identify TCP and UDP?', '6 for TCP, 17 for UDP.'),
      fc(
        "What does the IPv4 Don't Fragment (DF) flag do?",
        'Forbids routers from fragmenting the packet; oversized packets are dropped instead.',
      ),
      cloze('The IPv4 Fragment Offset field counts in units of {{c1::8}} bytes.'),
      mcq(
        'Which IPv4 header fields does a router change when forwarding a packet without NAT?',
        ['TTL', 'Header checksum', 'Destination address', 'Identification'],
        [0, 1],
      ),
      tf(
        'The IPv4 header checksum covers the payload as well as the header.',
        false,
        'It covers only the header; TCP and UDP carry their own checksums.',
      ),
    ],
  },
  {
    name: 'Subnetting and CIDR',
    week: 3,
    definition:
      'Classless Inter-Domain Routing writes networks as address/prefix-length and lets a ' +
      'block be divided into subnets of any power-of-two size.',
    atoms: [
      fc('How many usable host addresses does a /26 subnet have?', '62 (2^6 − 2).'),
      fc('What is the subnet mask for a /20 prefix?', '255.255.240.0.'),
      fc('What is the broadcast address of 10.1.4.0/22?', '10.1.7.255.'),
      fc(
        'What is subnetting?',
        'Subnetting is when you take a network and borrow bits from the host portion to make more networks, for example a /24 can become four /26 networks with 62 hosts each, and you work out the block size by subtracting the mask octet from 256, then the network addresses are multiples of the block size and the broadcast is the next network minus one.',
      ),
      cloze(
        'A /30 subnet has {{c1::2}} usable host addresses, so it was traditionally used for {{c2::point-to-point}} links.',
      ),
      mcq(
        'Which network does host 172.16.45.200/19 belong to?',
        ['172.16.0.0/19', '172.16.32.0/19', '172.16.45.0/19', '172.16.64.0/19'],
        [1],
        'A /19 has a block size of 32 in the third octet; 45 falls in 32–63.',
      ),
      tf(
        'The subnets 192.168.1.64/27 and 192.168.1.80/28 overlap.',
        true,
        'The /27 covers .64–.95, which contains .80–.95.',
      ),
      parsons(
        'Arrange the steps to find the network and broadcast address of 192.168.5.77/27.',
        [
          'Write the mask: /27 = 255.255.255.224',
          'Block size in the last octet: 256 − 224 = 32',
          'List the multiples of 32: 0, 32, 64, 96 …',
          'Network address: 192.168.5.64 (largest multiple ≤ 77)',
          'Broadcast: next network 96 − 1 = 192.168.5.95',
          'Usable hosts: 192.168.5.65 – 192.168.5.94',
        ],
        ['Block size: 256 − 27 = 229'],
      ),
      match('Match each prefix length to its dotted-decimal mask.', [
        ['/8', '255.0.0.0'],
        ['/21', '255.255.248.0'],
        ['/25', '255.255.255.128'],
        ['/27', '255.255.255.224'],
        ['/30', '255.255.255.252'],
      ]),
    ],
  },
  {
    name: 'NAT and Private Addressing',
    week: 4,
    definition:
      'Network Address Translation rewrites private (RFC 1918) source addresses to public ones ' +
      'at the network edge; PAT maps many inside hosts onto one address by port.',
    atoms: [
      fc('Which RFC defines the private IPv4 address ranges?', 'RFC 1918.'),
      fc(
        'What does PAT (NAT overload) use to tell inside hosts apart behind one public IP?',
        'Transport-layer source port numbers.',
      ),
      fc(
        'Why does NAT block unsolicited inbound connections by default?',
        'No translation entry exists until an inside host starts the flow.',
      ),
      fc(
        'What does a port-forwarding rule on a NAT router do?',
        'Maps a public IP and port to a fixed inside host and port.',
      ),
      cloze(
        'The RFC 1918 blocks are 10.0.0.0/8, {{c1::172.16.0.0/12}} and {{c2::192.168.0.0/16}}.',
      ),
      mcq(
        'Which addresses are RFC 1918 private addresses?',
        ['172.31.255.1', '172.32.0.1', '192.169.1.1', '10.200.3.4'],
        [0, 3],
        '172.16.0.0/12 ends at 172.31.255.255; 192.169.x.x is public.',
      ),
      tf(
        'Carrier-grade NAT uses the shared address space 100.64.0.0/10.',
        true,
        'RFC 6598 reserved it for ISP-side NAT.',
      ),
    ],
  },
];
