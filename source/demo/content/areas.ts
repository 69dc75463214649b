import {cryptoTlsConcepts} from './crypto-tls.js';
import type {DemoArea} from './demo-types.js';
import {dhcpHttpConcepts} from './dhcp-http.js';
import {dnsConcepts} from './dns.js';
import {ipAddressingConcepts} from './ip-addressing.js';
import {ipv6IcmpConcepts} from './ipv6-icmp.js';
import {layeredModelConcepts} from './layered-models.js';
import {ethernetConcepts} from './link-ethernet.js';
import {switchingConcepts} from './link-switching.js';
import {perimeterConcepts} from './perimeter.js';
import {routingConcepts} from './routing.js';
import {channelAttackConcepts} from './secure-channels-attacks.js';
import {tcpConnectionConcepts} from './tcp-connections.js';
import {tcpWindowConcepts} from './tcp-windows.js';
import {portsUdpSocketConcepts} from './transport-udp-sockets.js';

/** The three concept areas of the course; cluster exam weights add up to 100. */
export const demoAreas: DemoArea[] = [
  {
    name: 'Network Fundamentals',
    description: 'How layered protocols fit together and how frames cross a local network.',
    domain: 'Networking',
    clusters: [
      {
        name: 'Layered Models',
        description: 'Reference models, encapsulation and the components of delay.',
        examWeight: 8,
        concepts: layeredModelConcepts,
      },
      {
        name: 'Link Layer',
        description: 'Ethernet frames, MAC addresses, ARP, switching, VLANs and spanning tree.',
        examWeight: 12,
        concepts: [...ethernetConcepts, ...switchingConcepts],
      },
    ],
  },
  {
    name: 'Internet Protocols',
    description: 'The IP, transport and application protocols that make up the Internet.',
    domain: 'Networking',
    clusters: [
      {
        name: 'Network Layer',
        description: 'IPv4 and IPv6 addressing, subnetting, NAT, ICMP and routing protocols.',
        examWeight: 22,
        concepts: [...ipAddressingConcepts, ...ipv6IcmpConcepts, ...routingConcepts],
      },
      {
        name: 'Transport Layer',
        description: 'Ports, UDP, TCP connections, reliability, flow and congestion control.',
        examWeight: 18,
        concepts: [...portsUdpSocketConcepts, ...tcpConnectionConcepts, ...tcpWindowConcepts],
      },
      {
        name: 'Application Layer',
        description: 'DNS, DHCP and the versions of HTTP.',
        examWeight: 12,
        concepts: [...dnsConcepts, ...dhcpHttpConcepts],
      },
    ],
  },
  {
    name: 'Network Security',
    description: 'Protecting traffic and networks: cryptography, filtering, tunnels and attacks.',
    domain: 'Security',
    clusters: [
      {
        name: 'Cryptography and TLS',
        description: 'Ciphers, hashes, certificates and the TLS handshake.',
        examWeight: 10,
        concepts: cryptoTlsConcepts,
      },
      {
        name: 'Perimeter Defence',
        description: 'Firewalls, iptables, segmentation and intrusion detection.',
        examWeight: 10,
        concepts: perimeterConcepts,
      },
      {
        name: 'Secure Channels and Attacks',
        description: 'VPNs, Wi-Fi security, denial of service and spoofing.',
        examWeight: 8,
        concepts: channelAttackConcepts,
      },
    ],
  },
];
