import {cloze, fc, match, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Week 1: reference models, encapsulation and delay. */
export const layeredModelConcepts: DemoConcept[] = [
  {
    name: 'OSI Model',
    week: 1,
    definition:
      'A seven-layer reference model (Physical, Data Link, Network, Transport, Session, ' +
      'Presentation, Application) that divides network communication into separate concerns.',
    atoms: [
      fc(
        'Which OSI layer is responsible for logical addressing and routing between networks?',
        'Layer 3, the Network layer.',
      ),
      fc('At which OSI layer do switches forward frames?', 'Layer 2, the Data Link layer.'),
      fc(
        'Which OSI layer handles encryption, compression and data format translation?',
        'Layer 6, the Presentation layer.',
      ),
      fc(
        'What are the 7 OSI layers?',
        '1. Physical\n2. Data Link\n3. Network\n4. Transport\n5. Session\n6. Presentation\n7. Application',
      ),
      cloze(
        'The OSI Transport layer is layer {{c1::4}} and provides {{c2::end-to-end}} delivery between processes.',
      ),
      mcq(
        'Which devices operate primarily at OSI layer 3?',
        ['Hub', 'Router', 'Layer 2 switch', 'Layer 3 switch'],
        [1, 3],
        'Routers and multilayer switches forward on IP addresses; hubs are layer 1, plain switches layer 2.',
      ),
      tf(
        'In the OSI model, the Session layer sits directly above the Transport layer.',
        true,
        'From layer 4 upward: Transport, Session, Presentation, Application.',
      ),
      match('Match each OSI layer to a protocol or standard that operates there.', [
        ['Physical', '1000BASE-T'],
        ['Data Link', 'IEEE 802.3 Ethernet'],
        ['Network', 'IPv4'],
        ['Transport', 'TCP'],
        ['Application', 'HTTP'],
      ]),
    ],
  },
  {
    name: 'TCP/IP Model',
    week: 1,
    definition:
      'The four-layer Internet architecture (Link, Internet, Transport, Application) that the ' +
      "Internet's protocols actually follow.",
    atoms: [
      fc('How many layers does the TCP/IP (Internet) model have?', 'Four.'),
      fc(
        'Which TCP/IP model layer corresponds to OSI layers 5, 6 and 7?',
        'The Application layer.',
      ),
      fc(
        'Which RFC defines the requirements for Internet hosts at the communication layers?',
        'RFC 1122.',
      ),
      fc('Which TCP/IP layer does the Internet Protocol belong to?', 'The Internet layer.'),
      cloze(
        'In the TCP/IP model, the {{c1::Link}} layer combines the OSI Physical and Data Link layers.',
      ),
      mcq(
        'Which protocols belong to the TCP/IP Transport layer?',
        ['ICMP', 'UDP', 'TCP', 'ARP'],
        [1, 2],
        'ICMP travels inside IP at the Internet layer; ARP works at the Link layer.',
      ),
      tf(
        'The TCP/IP model has a separate Presentation layer for encryption and encoding.',
        false,
        'Presentation and Session functions are folded into the TCP/IP Application layer.',
      ),
    ],
  },
  {
    name: 'Encapsulation',
    week: 1,
    definition:
      'Each layer wraps the data from the layer above in its own header (and sometimes a ' +
      'trailer) before passing it down; the receiver removes them in reverse order.',
    atoms: [
      fc('What is the PDU called at the Transport layer when TCP is used?', 'A segment.'),
      fc('What is the PDU called at the Network layer?', 'A packet.'),
      fc(
        'Which layer adds a trailer as well as a header during encapsulation?',
        'The Data Link layer (the Ethernet FCS).',
      ),
      fc(
        'What does each receiving layer do during decapsulation?',
        'Strips its own header and passes the payload up.',
      ),
      cloze(
        'A UDP PDU is usually called a {{c1::datagram}}, while a TCP PDU is called a {{c2::segment}}.',
      ),
      mcq(
        'When a web page is sent over Ethernet, which header is outermost on the wire?',
        ['TCP header', 'IP header', 'Ethernet header', 'HTTP header'],
        [2],
      ),
      tf(
        'A router rebuilds the layer-2 header at every hop but forwards the IP packet with only TTL and checksum changed.',
        true,
        'Without NAT, only the TTL and header checksum change in the IP header.',
      ),
      parsons(
        'Arrange the encapsulation steps when a host sends an HTTP request over Ethernet.',
        [
          'Application creates the HTTP request',
          'TCP adds a header with ports and sequence number (segment)',
          'IP adds a header with source and destination addresses (packet)',
          'Ethernet adds a header and FCS trailer (frame)',
          'The NIC transmits the frame as bits on the medium',
        ],
        ['UDP adds a header with a checksum (datagram)'],
      ),
    ],
  },
  {
    name: 'Delay and Throughput',
    week: 1,
    definition:
      'The performance of a network path: transmission, propagation, queuing and processing ' +
      'delay, link bandwidth and the throughput actually achieved.',
    atoms: [
      fc(
        'What is the formula for transmission delay?',
        'Packet length divided by link rate (L / R).',
      ),
      fc(
        'What is the formula for propagation delay?',
        'Distance divided by propagation speed (d / s).',
      ),
      fc(
        'What does the bandwidth-delay product measure?',
        'The number of bits in flight on a path (rate × RTT).',
      ),
      fc(
        'How long does it take to transmit a 1,500-byte packet on a 100 Mbit/s link?',
        '120 microseconds (12,000 bits / 10^8 bit/s).',
      ),
      cloze(
        'Signals in copper and fibre propagate at roughly {{c1::2 × 10^8}} m/s, about two-thirds of the speed of light.',
      ),
      mcq(
        "Which delay component grows as a router's output buffer fills?",
        ['Propagation delay', 'Queuing delay', 'Transmission delay', 'Processing delay'],
        [1],
      ),
      tf(
        "Doubling a link's bandwidth halves its propagation delay.",
        false,
        'Propagation delay depends on distance and signal speed; a faster link halves transmission delay.',
      ),
    ],
  },
];
