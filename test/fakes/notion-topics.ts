// Study material for generated workspaces: real computer-networking facts, so cleaning,
// quiz and UI code is exercised on text that looks like what people actually write.

/** One concept: its cluster index, a definition, the OSI layer and a few question/answer facts. */
export interface TopicConcept {
  name: string;
  cluster: number;
  definition: string;
  layer: string;
  facts: [question: string, answer: string][];
}

/** Areas (L0) with their clusters (L1). */
export const areas = [
  {
    name: 'Network Fundamentals',
    domain: 'STEM',
    clusters: ['Models & Layers', 'Addressing', 'Link Layer'],
  },
  {
    name: 'Routing & Transport',
    domain: 'STEM',
    clusters: ['IP Routing', 'Transport Protocols', 'Application Services'],
  },
  {
    name: 'Network Security',
    domain: 'Security',
    clusters: ['Cryptography in Practice', 'Perimeter Defence', 'Attacks & Mitigations'],
  },
] as const;

/** Flat cluster list in area order. */
export const clusters = areas.flatMap((area, areaIndex) =>
  area.clusters.map((name) => ({name, area: areaIndex})),
);

// One concept per line: name | cluster index | OSI layer | definition | question => answer ...
const conceptLines = [
  'OSI Model | 0 | all layers | A seven-layer reference model that separates network functions from the physical medium up to the application. | How many layers does the OSI model have? => Seven: physical, data link, network, transport, session, presentation, application. | Which OSI layer is responsible for end-to-end delivery? => The transport layer (layer 4).',
  'TCP/IP Model | 0 | all layers | The four-layer model the Internet is built on: link, internet, transport and application. | Which TCP/IP layer corresponds to OSI layers 5–7? => The application layer.',
  'Encapsulation | 0 | all layers | Each layer wraps the data from the layer above with its own header (and sometimes trailer). | What is the PDU at the data link layer called? => A frame. | What is the PDU at the network layer called? => A packet.',
  'IPv4 Address | 1 | network | A 32-bit address written as four decimal octets, e.g. 192.0.2.10. | How many bits long is an IPv4 address? => 32 bits. | Which IPv4 block is reserved for loopback? => 127.0.0.0/8.',
  'Subnet Mask | 1 | network | A bit mask that splits an IP address into a network prefix and a host part. | How many usable hosts does a /26 subnet have? => 62 (64 addresses minus network and broadcast). | What is the dotted-decimal form of /20? => 255.255.240.0.',
  'CIDR | 1 | network | Classless Inter-Domain Routing: prefixes of any length written as address/length, replacing classful addressing. | What does the /24 in 10.1.2.0/24 mean? => The first 24 bits are the network prefix.',
  'IPv6 Address | 1 | network | A 128-bit address written as eight groups of four hex digits; runs of zero groups may be shortened to ::. | How many bits long is an IPv6 address? => 128 bits. | What is the IPv6 loopback address? => ::1',
  'NAT | 1 | network | Network Address Translation rewrites private source addresses to a public one so many hosts share it. | Which NAT variant maps many private hosts to one public IP using ports? => PAT (port address translation, NAT overload).',
  'MAC Address | 2 | data link | A 48-bit hardware address of a network interface, written as six hex octets. | How long is a MAC address? => 48 bits (6 octets). | What does the OUI identify? => The manufacturer: the first 24 bits of the MAC address.',
  'ARP | 2 | data link | Address Resolution Protocol: finds the MAC address for an IPv4 address on the local link. | Is an ARP request unicast or broadcast? => Broadcast (ff:ff:ff:ff:ff:ff); the reply is unicast.',
  'Ethernet Frame | 2 | data link | The unit of data on Ethernet: preamble, destination and source MAC, EtherType, payload and FCS. | What is the default Ethernet MTU? => 1500 bytes. | What does the FCS field detect? => Transmission errors, using a CRC-32.',
  'VLAN | 2 | data link | A virtual LAN splits one switched network into isolated broadcast domains, tagged with 802.1Q. | Which standard defines VLAN tagging? => IEEE 802.1Q. | How many bits is the VLAN ID? => 12 bits (4094 usable VLANs).',
  'Spanning Tree Protocol | 2 | data link | STP blocks redundant switch ports so a looped topology forms a loop-free tree. | How is the STP root bridge elected? => Lowest bridge ID (priority, then MAC address).',
  'Routing Table | 3 | network | The list of prefixes a router knows, each with a next hop and interface; the longest match wins. | Which route is chosen when several prefixes match? => The longest prefix match.',
  'OSPF | 3 | network | Open Shortest Path First: a link-state interior routing protocol that runs Dijkstra over a shared topology. | Which algorithm does OSPF use? => Dijkstra’s shortest path first. | What is OSPF area 0 called? => The backbone area.',
  'BGP | 3 | network | Border Gateway Protocol: the path-vector protocol that exchanges routes between autonomous systems. | Which TCP port does BGP use? => 179. | What prevents routing loops in BGP? => The AS_PATH attribute: a router rejects routes containing its own AS.',
  'TTL | 3 | network | Time to Live: a hop counter in the IP header; a router drops the packet when it reaches zero. | Which tool relies on TTL expiry messages? => traceroute.',
  'TCP | 4 | transport | Transmission Control Protocol: reliable, ordered, connection-oriented byte streams with flow and congestion control. | What are the three steps of the TCP handshake? => SYN, SYN-ACK, ACK. | What does the TCP receive window control? => Flow control: how much unacknowledged data the sender may have in flight.',
  'UDP | 4 | transport | User Datagram Protocol: connectionless datagrams with an 8-byte header and no delivery guarantee. | How long is the UDP header? => 8 bytes. | Name two protocols that usually run over UDP. => DNS and DHCP (also QUIC, RTP).',
  'Congestion Control | 4 | transport | Algorithms such as slow start and AIMD that adapt a sender’s rate to the capacity of the path. | What happens to cwnd during slow start? => It doubles every round-trip time until ssthresh.',
  'Port Number | 4 | transport | A 16-bit number that identifies an application endpoint on a host. | Which port does HTTPS use by default? => 443. | Which range are the well-known ports? => 0–1023.',
  'DNS | 5 | application | Domain Name System: a distributed, hierarchical database that maps names to records such as A and AAAA. | Which record maps a name to an IPv6 address? => AAAA. | What does a CNAME record do? => It aliases one name to another canonical name.',
  'DHCP | 5 | application | Dynamic Host Configuration Protocol: leases IP addresses and settings to hosts (Discover, Offer, Request, Ack). | What are the four DHCP messages, in order? => Discover, Offer, Request, Acknowledge (DORA).',
  'HTTP | 5 | application | Hypertext Transfer Protocol: a stateless request/response protocol with methods, status codes and headers. | What does status code 404 mean? => Not Found. | Which HTTP method should be idempotent and safe? => GET.',
  'TLS | 6 | presentation | Transport Layer Security: authenticated, encrypted channels using certificates and ephemeral key exchange. | Which TLS version removed RSA key exchange? => TLS 1.3. | What does a certificate bind together? => A public key and an identity, signed by a CA.',
  'Public Key Cryptography | 6 | presentation | Key pairs where the public key encrypts or verifies and the private key decrypts or signs. | Which key signs a message? => The sender’s private key.',
  'Hash Function | 6 | presentation | A one-way function that maps input of any size to a fixed-size digest, e.g. SHA-256. | What is a collision? => Two different inputs with the same digest.',
  'Firewall | 7 | network | A device or service that permits or denies traffic according to ordered rules. | What is the difference between stateful and stateless filtering? => A stateful firewall tracks connections and allows return traffic automatically.',
  'VPN | 7 | network | A virtual private network tunnels traffic through an encrypted channel across an untrusted network. | Name two VPN protocols. => IPsec and WireGuard (also OpenVPN).',
  'DMZ | 7 | network | A perimeter network that hosts public services, separated from the internal network by firewalls. | Why put a web server in a DMZ? => A compromise then does not give direct access to the internal network.',
  'DDoS | 8 | all layers | A distributed denial-of-service attack floods a target from many sources to exhaust its capacity. | What is a SYN flood? => Many half-open TCP connections that exhaust the server’s connection table.',
  'ARP Spoofing | 8 | data link | Forged ARP replies that bind the attacker’s MAC to another host’s IP, enabling man-in-the-middle. | Which switch feature mitigates ARP spoofing? => Dynamic ARP Inspection (DAI).',
  'Phishing | 8 | application | Social engineering that tricks people into revealing credentials or running malware. | What is spear phishing? => Phishing aimed at a specific person or organisation.',
];

function parseConcept(line: string): TopicConcept {
  const [name = '', cluster = '0', layer = '', definition = '', ...facts] = line.split(' | ');
  const pairs = facts.map((fact) => {
    const [question = '', answer = ''] = fact.split(' => ');
    return [question, answer] as [string, string];
  });
  return {name, cluster: Number(cluster), layer, definition, facts: pairs};
}

/** Concepts; `cluster` indexes {@link clusters}. */
export const concepts: TopicConcept[] = conceptLines.map(parseConcept);

/** Contexts that vary otherwise similar questions. */
export const scenarios = [
  'in a small office network',
  'in a data centre',
  'on a home Wi‑Fi router',
  'on a congested WAN link',
  'during a network outage',
  'when troubleshooting with Wireshark',
  'in a cloud VPC',
  'on a campus network with 2 000 users',
  'for a CCNA exam question',
  'when designing an IPv6 rollout',
  'at an ISP edge router',
  'in a zero‑trust design',
];

/** Ordered procedures for parsons problems. */
export const procedures: {title: string; lines: string[]}[] = [
  {
    title: 'the TCP three-way handshake',
    lines: ['client sends SYN', 'server replies SYN-ACK', 'client sends ACK'],
  },
  {
    title: 'a DHCP lease',
    lines: [
      'client broadcasts DHCPDISCOVER',
      'server offers DHCPOFFER',
      'client sends DHCPREQUEST',
      'server confirms DHCPACK',
    ],
  },
  {
    title: 'a recursive DNS lookup',
    lines: [
      'resolver asks a root server',
      'root refers to the TLD server',
      'TLD refers to the authoritative server',
      'authoritative server answers with the record',
    ],
  },
  {
    title: 'configuring a VLAN on a Cisco switch',
    lines: [
      'configure terminal',
      'vlan 20',
      '  name Sales',
      'interface gi0/5',
      '  switchport access vlan 20',
    ],
  },
];

/** Text with awkward Unicode, mixed in so rendering and hashing see real-world input. */
export const unicodeNotes = [
  'MTU ≈ 1500 octets → fragmentation ≥ that size',
  'Präambel und Start‑Frame‑Delimiter (SFD)',
  '路由器 (router) forwards between networks',
  '🔒 TLS 1.3 — only AEAD ciphers',
  'Latency budget: 20 ms ± 5 ms',
  'Ĉu la paketo atingis la celon? — “yes”',
];
