import {cloze, fc, match, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Week 6: opening, closing and reliable delivery in TCP. */
export const tcpConnectionConcepts: DemoConcept[] = [
  {
    name: 'TCP Three-Way Handshake',
    week: 6,
    definition:
      "TCP opens a connection with SYN, SYN-ACK and ACK, synchronising both sides' initial " +
      'sequence numbers.',
    atoms: [
      fc('Which flags does the first segment of a TCP handshake carry?', 'SYN only.'),
      fc(
        "If a client's ISN is 1000, which acknowledgement number does the server's SYN-ACK carry?",
        '1001, because the SYN consumes one sequence number.',
      ),
      fc(
        'Why are TCP initial sequence numbers randomised?',
        'So off-path attackers cannot guess them to inject or spoof segments.',
      ),
      fc(
        'What is the purpose of the TCP three-way handshake and what flags are used in each step?',
        'It synchronises sequence numbers and confirms both sides can send and receive. Step 1: SYN, step 2: SYN-ACK, step 3: ACK.',
      ),
      cloze(
        'After sending its SYN-ACK a server is in the {{c1::SYN-RECEIVED}} state; the client enters {{c2::ESTABLISHED}} when it sends the final ACK.',
      ),
      mcq(
        'What does a host send in reply to a SYN for a closed port?',
        ['SYN-ACK', 'RST', 'FIN', 'Nothing'],
        [1],
      ),
      tf(
        'A TCP client must wait 1.5 round trips after sending SYN before it may send data.',
        false,
        'Data may ride on the third segment, one RTT after the SYN.',
      ),
      match('Match each TCP flag to its meaning.', [
        ['SYN', 'Synchronise sequence numbers'],
        ['ACK', 'Acknowledgement field is valid'],
        ['FIN', 'Sender has finished sending'],
        ['RST', 'Abort the connection'],
        ['PSH', 'Deliver buffered data to the application now'],
      ]),
    ],
  },
  {
    name: 'TCP Connection Teardown',
    week: 6,
    definition:
      'Each direction of a TCP connection is closed separately with FIN and ACK; the side that ' +
      'closes first waits in TIME_WAIT.',
    atoms: [
      fc(
        'How many segments does a normal TCP close take?',
        'Usually four (FIN, ACK, FIN, ACK), or three when a FIN and ACK combine.',
      ),
      fc(
        'Which side of a TCP connection enters TIME_WAIT?',
        'The active closer, the side that sent the first FIN.',
      ),
      fc(
        'How long does a Linux socket stay in TIME_WAIT?',
        '60 seconds (2 × MSL in the standard).',
      ),
      fc(
        'What can a TCP endpoint still do after a half-close?',
        'Receive data from the peer, after having sent its own FIN.',
      ),
      cloze(
        'After receiving a FIN, the passive closer stays in {{c1::CLOSE_WAIT}} until its application calls close().',
      ),
      mcq(
        'Why does TIME_WAIT exist?',
        [
          'To resend the final ACK if it was lost',
          'To keep old duplicate segments out of a new connection with the same 4-tuple',
          'To free kernel memory sooner',
          'To renegotiate the window size',
        ],
        [0, 1],
      ),
      tf('Receiving an RST ends a connection immediately, with no TIME_WAIT.', true),
      parsons(
        'Arrange the segments of a TCP connection that the client opens and closes.',
        [
          'Client → Server: SYN',
          'Server → Client: SYN-ACK',
          'Client → Server: ACK',
          'Client ↔ Server: data and ACKs',
          'Client → Server: FIN',
          'Server → Client: ACK',
          'Server → Client: FIN',
          'Client → Server: ACK (client enters TIME_WAIT)',
        ],
        ['Server → Client: RST'],
      ),
    ],
  },
  {
    name: 'TCP Reliable Delivery',
    week: 6,
    definition:
      'TCP numbers every byte, acknowledges cumulatively and retransmits after a timeout or ' +
      'after three duplicate ACKs.',
    atoms: [
      fc(
        'What does the TCP acknowledgement number tell the sender?',
        'The next byte the receiver expects; all earlier bytes arrived.',
      ),
      fc('How many duplicate ACKs trigger TCP fast retransmit?', 'Three.'),
      fc(
        'What does the SACK option add to TCP?',
        'The receiver reports the out-of-order blocks it already holds.',
      ),
      fc('What lower bound does RFC 6298 recommend for the retransmission timeout?', '1 second.'),
      cloze(
        'TCP sequence numbers count {{c1::bytes}}, not segments, and are {{c2::32}} bits wide.',
      ),
      mcq(
        'Segments with bytes 1–1000, 1001–2000 and 2001–3000 are sent and the second is lost. Which ACK follows the third?',
        ['ACK 1001', 'ACK 2001', 'ACK 3001', 'No ACK'],
        [0],
        'Cumulative ACKs repeat the first missing byte, producing a duplicate ACK.',
      ),
      tf(
        'The TCP checksum covers a pseudo-header that includes the source and destination IP addresses.',
        true,
      ),
    ],
  },
];
