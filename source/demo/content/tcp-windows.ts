import {cloze, fc, match, mcq, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Week 7: the receive window and the congestion window. */
export const tcpWindowConcepts: DemoConcept[] = [
  {
    name: 'TCP Flow Control',
    week: 7,
    definition:
      'The receiver advertises a window of free buffer space so that a fast sender cannot ' +
      'overrun a slow receiver.',
    atoms: [
      fc(
        'Which TCP header field implements flow control?',
        'The 16-bit Window field (the receive window, rwnd).',
      ),
      fc(
        'Why was the TCP window scale option introduced?',
        'The 16-bit window caps at 65,535 bytes, too small for long fat networks.',
      ),
      fc(
        'What is the largest TCP window scale shift count?',
        '14, allowing windows of about 1 GiB.',
      ),
      fc(
        'What does a TCP sender do when the receiver advertises a zero window?',
        'Stops sending and sends periodic window probes.',
      ),
      cloze(
        'Flow control protects the {{c1::receiver}}, while congestion control protects the {{c2::network}}.',
      ),
      mcq(
        'With a 64 KiB window and a 100 ms RTT, what is the maximum TCP throughput?',
        ['About 5.2 Mbit/s', 'About 640 kbit/s', 'About 52 Mbit/s', 'About 100 Mbit/s'],
        [0],
        'One window per RTT: 65,536 × 8 bits / 0.1 s ≈ 5.24 Mbit/s.',
      ),
      tf(
        "Nagle's algorithm reduces the number of tiny segments a sender puts on the wire.",
        true,
        'It holds small writes until outstanding data is acknowledged.',
      ),
    ],
  },
  {
    name: 'TCP Congestion Control',
    week: 7,
    definition:
      'The sender limits data in flight to a congestion window (cwnd) that grows on ACKs and ' +
      'shrinks on loss: slow start, congestion avoidance and fast recovery.',
    atoms: [
      fc('How does cwnd grow during slow start?', 'Exponentially; it roughly doubles every RTT.'),
      fc(
        'What does the ssthresh variable decide in TCP?',
        'When TCP switches from slow start to congestion avoidance.',
      ),
      fc(
        'What does TCP Reno do to cwnd after three duplicate ACKs?',
        'Halves it (ssthresh = cwnd / 2) and enters fast recovery.',
      ),
      fc(
        'How does TCP congestion control work?',
        'The sender keeps a congestion window. In slow start it doubles every round trip until it reaches ssthresh, then in congestion avoidance it grows by one MSS per RTT (additive increase). On a timeout cwnd goes back to 1 MSS and ssthresh is halved, and on three duplicate ACKs Reno halves cwnd and does fast recovery (multiplicative decrease). Modern Linux uses CUBIC by default and BBR is another option.',
      ),
      cloze(
        'In congestion avoidance TCP uses {{c1::additive increase}}, multiplicative decrease, adding about one {{c2::MSS}} per RTT.',
      ),
      mcq(
        'What is the default TCP congestion control algorithm in current Linux kernels?',
        ['Reno', 'CUBIC', 'BBR', 'Vegas'],
        [1],
      ),
      tf(
        'After a retransmission timeout, TCP Reno sets cwnd back to 1 MSS and restarts slow start.',
        true,
      ),
      match('Match each congestion-control term to its description.', [
        ['Slow start', 'cwnd doubles every RTT'],
        ['Congestion avoidance', 'cwnd grows by one MSS per RTT'],
        ['Fast retransmit', 'Resend after three duplicate ACKs'],
        ['ECN', 'Routers mark packets instead of dropping them'],
      ]),
    ],
  },
];
