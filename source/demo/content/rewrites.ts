import type {DemoRewrite} from './demo-types.js';

/**
 * Pending Gemini-style rewrite proposals for the weak demo cards. Originals are verbatim and, like
 * all demo content, already as `nls clean` leaves them: the queue quotes what is stored.
 */
export const demoRewrites: DemoRewrite[] = [
  {
    conceptName: 'OSI Model',
    original: {
      front: 'What are the 7 OSI layers?',
      back: '1. Physical\n2. Data Link\n3. Network\n4. Transport\n5. Session\n6. Presentation\n7. Application',
    },
    proposal: [
      {
        front: 'Which are OSI layers 1–3, from the bottom up?',
        back: 'Physical, Data Link, Network.',
      },
      {front: 'Which OSI layer is layer 4?', back: 'Transport.'},
      {
        front: 'Which are OSI layers 5–7, from the bottom up?',
        back: 'Session, Presentation, Application.',
      },
    ],
    reason: 'A seven-item list is hard to recall as one card; split into three layer groups.',
    confidence: 0.82,
  },
  {
    conceptName: 'Ethernet Framing',
    original: {front: 'What EtherType value identifies an IPv4 payload?', back: '0x0800'},
    proposal: [{front: 'Which EtherType value identifies an IPv4 payload?', back: '0x0800.'}],
    reason: 'Asks which of the known EtherType values is meant and ends the answer as a sentence.',
    confidence: 0.97,
  },
  {
    conceptName: 'ARP',
    original: {
      front: 'What is ARP?',
      back: 'Address Resolution Protocol, it maps IPv4 addresses to MAC addresses on the local network so frames can be delivered',
    },
    proposal: [
      {
        front: 'Which address does ARP find for a given IPv4 address?',
        back: 'The MAC address on the local link.',
      },
    ],
    reason:
      'A bare "What is X?" invites a recited definition that repeats the acronym; ask for the mapping.',
    confidence: 0.9,
  },
  {
    conceptName: 'Switching and MAC Tables',
    original: {
      front: 'What is the difference between a hub and a switch?',
      back: "A hub repeats every bit out of all ports so everyone shares one collision domain and it's half duplex, while a switch learns MAC addresses and forwards frames only to the right port, giving each port its own collision domain and allowing full duplex.",
    },
    proposal: [
      {
        front: 'Where does a hub send the bits it receives?',
        back: 'Out of every other port, so all ports share one collision domain.',
      },
      {
        front: 'How does a switch choose the output port for a known unicast frame?',
        back: 'It looks up the destination MAC in its MAC address table.',
      },
    ],
    reason: 'A comparison of two devices in one long answer; one card per device.',
    confidence: 0.85,
  },
  {
    conceptName: 'Subnetting and CIDR',
    original: {
      front: 'What is subnetting?',
      back: 'Subnetting is when you take a network and borrow bits from the host portion to make more networks, for example a /24 can become four /26 networks with 62 hosts each, and you work out the block size by subtracting the mask octet from 256, then the network addresses are multiples of the block size and the broadcast is the next network minus one.',
    },
    proposal: [
      {
        front: 'Which part of an address does subnetting borrow bits from?',
        back: 'The host portion.',
      },
      {
        front: 'How do you find the subnet block size in the interesting octet?',
        back: '256 minus the mask value in that octet.',
      },
      {front: 'How many /26 subnets fit in a /24?', back: 'Four, with 62 usable hosts each.'},
    ],
    reason: 'A whole procedure in one answer; kept the three facts that carry the method.',
    confidence: 0.78,
  },
  {
    conceptName: 'OSPF',
    original: {
      front: 'How does OSPF work?',
      back: "Routers discover neighbours with Hello packets, form adjacencies, then flood link-state advertisements so every router in the area has the same link-state database, and then each router runs Dijkstra's algorithm on that database to build a shortest-path tree and installs the best routes, with cost based on interface bandwidth and area 0 as the backbone connecting all other areas.",
    },
    proposal: [
      {front: 'Which OSPF packets discover neighbours?', back: 'Hello packets.'},
      {
        front: 'What do all OSPF routers in one area hold after LSA flooding?',
        back: 'An identical link-state database.',
      },
      {front: 'Which OSPF area must every other area connect to?', back: 'Area 0, the backbone.'},
    ],
    reason: 'Answer describes the whole protocol; split into neighbour discovery, LSDB and areas.',
    confidence: 0.8,
  },
  {
    conceptName: 'BGP',
    original: {front: 'What port does BGP use?', back: 'TCP 179'},
    proposal: [{front: 'Which transport protocol and port does BGP use?', back: 'TCP port 179.'}],
    reason: 'The answer names the transport protocol too, so the question asks for it.',
    confidence: 0.96,
  },
  {
    conceptName: 'Ports and Sockets',
    original: {
      front: 'What is a socket?',
      back: 'An endpoint for communication, identified by an IP address and a port number.',
    },
    proposal: [
      {
        front: 'Which two values identify a network socket endpoint?',
        back: 'An IP address and a port number.',
      },
    ],
    reason:
      'A definition question with a long answer; ask for the two values that identify a socket.',
    confidence: 0.88,
  },
  {
    conceptName: 'TCP Three-Way Handshake',
    original: {
      front:
        'What is the purpose of the TCP three-way handshake and what flags are used in each step?',
      back: 'It synchronises sequence numbers and confirms both sides can send and receive. Step 1: SYN, step 2: SYN-ACK, step 3: ACK.',
    },
    proposal: [
      {
        front: 'What does the TCP three-way handshake synchronise?',
        back: "Both sides' initial sequence numbers.",
      },
      {
        front: 'Which flags do the three handshake segments carry, in order?',
        back: 'SYN, SYN-ACK, ACK.',
      },
    ],
    reason: 'Two questions in one card; one card for the purpose and one for the flags.',
    confidence: 0.9,
  },
  {
    conceptName: 'TCP Congestion Control',
    original: {
      front: 'How does TCP congestion control work?',
      back: 'The sender keeps a congestion window. In slow start it doubles every round trip until it reaches ssthresh, then in congestion avoidance it grows by one MSS per RTT (additive increase). On a timeout cwnd goes back to 1 MSS and ssthresh is halved, and on three duplicate ACKs Reno halves cwnd and does fast recovery (multiplicative decrease). Modern Linux uses CUBIC by default and BBR is another option.',
    },
    proposal: [
      {front: 'How does cwnd grow in congestion avoidance?', back: 'By about one MSS per RTT.'},
      {
        front: 'What does AIMD stand for in TCP?',
        back: 'Additive increase, multiplicative decrease.',
      },
    ],
    reason:
      'Five facts in one answer; the rest are already covered by other cards of this concept.',
    confidence: 0.72,
  },
  {
    conceptName: 'DNS Record Types',
    original: {
      front: 'What are the DNS record types?',
      back: '- A: IPv4 address\n- AAAA: IPv6 address\n- CNAME: alias\n- MX: mail server\n- NS: name server\n- PTR: reverse lookup\n- TXT: text\n- SOA: zone authority',
    },
    proposal: [
      {front: 'Which DNS record type names the mail server for a domain?', back: 'MX.'},
      {front: 'Which DNS record type makes one name an alias of another?', back: 'CNAME.'},
      {front: 'Which DNS record type answers reverse lookups?', back: 'PTR.'},
    ],
    reason: 'An eight-item list; one card per type, the others are covered by the matching item.',
    confidence: 0.7,
  },
  {
    conceptName: 'DHCP',
    original: {
      front: 'What are the four DHCP messages and which ports does DHCP use?',
      back: 'Discover, Offer, Request, Acknowledge (DORA); UDP 67 for the server and 68 for the client',
    },
    proposal: [
      {
        front: 'Which four messages make up a DHCP lease exchange?',
        back: 'Discover, Offer, Request, Acknowledge (DORA).',
      },
      {front: 'Which UDP ports do a DHCP server and client use?', back: 'Server 67, client 68.'},
    ],
    reason: 'Two unrelated questions joined with "and"; split them.',
    confidence: 0.93,
  },
  {
    conceptName: 'Certificates and PKI',
    original: {
      front: 'What is a certificate authority?',
      back: 'A trusted third party that signs certificates',
    },
    proposal: [
      {
        front: 'What does a certificate authority vouch for when it signs a certificate?',
        back: 'That the public key belongs to the named subject.',
      },
    ],
    reason: 'A bare "What is X?" rephrased as a question about what the signature asserts.',
    confidence: 0.91,
  },
  {
    conceptName: 'TLS Handshake',
    original: {
      front: 'What are the steps of the TLS 1.2 handshake?',
      back: 'ClientHello, ServerHello, Certificate, ServerKeyExchange, ServerHelloDone, ClientKeyExchange, ChangeCipherSpec, Finished, then the server sends ChangeCipherSpec and Finished, and after that application data can flow encrypted with the session keys derived from the pre-master secret',
    },
    proposal: [
      {front: "Which message ends the server's first flight in TLS 1.2?", back: 'ServerHelloDone.'},
      {
        front: "Which TLS 1.2 message carries the client's key exchange material?",
        back: 'ClientKeyExchange.',
      },
    ],
    reason: 'A ten-step sequence is better practised as a Parsons item; kept two key facts.',
    confidence: 0.65,
  },
];
