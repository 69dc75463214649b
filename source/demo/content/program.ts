import type {DemoModule, DemoProgram, DemoTrack} from './demo-types.js';

const foundations = 'Networking Foundations';
const secure = 'Secure Networking';

/** The one program of the demo database: a 12-week computer-networking course. */
export const demoProgram: DemoProgram = {
  name: 'Computer Networking (CS 340)',
  description:
    'A one-semester course on how the Internet works, from Ethernet frames to TLS, ' +
    'with a closing block on defending networks.',
  startDate: '2026-01-12',
  endDate: '2026-04-03',
};

/** The program's two tracks: protocols first, then security. */
export const demoTracks: DemoTrack[] = [
  {
    name: foundations,
    description: 'Layered models, the link, network, transport and application layers (weeks 1–8).',
  },
  {
    name: secure,
    description: 'Cryptography, TLS, perimeter defence, VPNs and attacks (weeks 9–12).',
  },
];

/** Twelve weekly modules; every concept's `week` points at one of them. */
export const demoModules: DemoModule[] = [
  {
    week: 1,
    name: 'Week 1 — Layered Models and Encapsulation',
    description: 'OSI and TCP/IP models, PDUs, encapsulation and the components of delay.',
    track: foundations,
  },
  {
    week: 2,
    name: 'Week 2 — Ethernet, Switching and ARP',
    description: 'Frame format, MAC addresses, ARP, learning switches, VLANs and spanning tree.',
    track: foundations,
  },
  {
    week: 3,
    name: 'Week 3 — IP Addressing and Subnetting',
    description: 'IPv4 addresses and header fields, subnet masks, CIDR and subnetting drills.',
    track: foundations,
  },
  {
    week: 4,
    name: 'Week 4 — NAT, IPv6 and ICMP',
    description: 'Private addressing and translation, IPv6 addresses, ping and traceroute.',
    track: foundations,
  },
  {
    week: 5,
    name: 'Week 5 — Routing: Tables, OSPF and BGP',
    description:
      'Longest prefix match, administrative distance, link-state and path-vector routing.',
    track: foundations,
  },
  {
    week: 6,
    name: 'Week 6 — Transport: Ports, UDP and TCP Connections',
    description: 'Ports and sockets, UDP, the TCP handshake, teardown and reliable delivery.',
    track: foundations,
  },
  {
    week: 7,
    name: 'Week 7 — Flow Control, Congestion Control and Sockets',
    description: 'Receive windows, slow start and AIMD, and writing socket clients and servers.',
    track: foundations,
  },
  {
    week: 8,
    name: 'Week 8 — Application Layer: DNS, DHCP and HTTP',
    description: 'Name resolution, record types, address leasing, HTTP/1.1, HTTP/2 and HTTP/3.',
    track: foundations,
  },
  {
    week: 9,
    name: 'Week 9 — Cryptography and TLS',
    description: 'Symmetric and public-key crypto, hashes and MACs, certificates and TLS 1.3.',
    track: secure,
  },
  {
    week: 10,
    name: 'Week 10 — Firewalls and Segmentation',
    description: 'Stateless and stateful filtering, iptables, DMZs, zero trust and IDS/IPS.',
    track: secure,
  },
  {
    week: 11,
    name: 'Week 11 — VPNs, IPsec and Wireless Security',
    description: 'IPsec modes and IKE, WireGuard, WPA2 and WPA3.',
    track: secure,
  },
  {
    week: 12,
    name: 'Week 12 — Attacks: DoS, Spoofing and MITM',
    description: 'SYN floods and amplification, ARP and DNS spoofing, and their defences.',
    track: secure,
  },
];
