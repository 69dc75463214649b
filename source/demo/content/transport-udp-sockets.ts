import {cloze, fc, match, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Weeks 6–7: ports, UDP and socket programming. */
export const portsUdpSocketConcepts: DemoConcept[] = [
  {
    name: 'Ports and Sockets',
    week: 6,
    definition:
      'A 16-bit port identifies a process on a host; a socket is an (IP, port) endpoint, and a ' +
      'TCP connection is identified by its 5-tuple.',
    atoms: [
      fc(
        'What is a socket?',
        'An endpoint for communication, identified by an IP address and a port number.',
      ),
      fc('Which range are the well-known ports?', '0–1023.'),
      fc('Which range does IANA assign to dynamic (ephemeral) ports?', '49152–65535.'),
      fc(
        'Which five values identify a TCP connection?',
        'Protocol, source IP, source port, destination IP, destination port.',
      ),
      cloze('HTTPS listens on TCP port {{c1::443}}, SSH on {{c2::22}} and DNS on {{c3::53}}.'),
      mcq(
        'Which services use UDP by default?',
        ['DNS queries (53)', 'SSH (22)', 'DHCP (67/68)', 'SMTP (25)'],
        [0, 2],
      ),
      tf(
        'Many TCP connections to one server can all use the same server IP and port 443.',
        true,
        'Each connection differs in the client IP or port, so the 5-tuples stay unique.',
      ),
      match('Match each well-known port to its service.', [
        ['21', 'FTP control'],
        ['22', 'SSH'],
        ['25', 'SMTP'],
        ['53', 'DNS'],
        ['123', 'NTP'],
        ['443', 'HTTPS'],
      ]),
    ],
  },
  {
    name: 'UDP',
    week: 6,
    definition:
      'User Datagram Protocol (RFC 768): a connectionless, unreliable, message-oriented ' +
      'transport with an 8-byte header.',
    atoms: [
      fc('How large is the UDP header?', '8 bytes.'),
      fc(
        'Which four fields make up the UDP header?',
        'Source port, destination port, length and checksum.',
      ),
      fc(
        'Is the UDP checksum optional over IPv6?',
        'No, it is mandatory over IPv6 (optional only over IPv4).',
      ),
      fc(
        'Why do DNS and VoIP prefer UDP over TCP?',
        'No handshake or retransmission delays; the application copes with loss itself.',
      ),
      cloze('UDP is defined in RFC {{c1::768}} and is IP protocol number {{c2::17}}.'),
      mcq(
        'Which guarantees does UDP provide?',
        [
          'In-order delivery',
          'Message boundaries are preserved',
          'Retransmission of lost data',
          'Congestion control',
        ],
        [1],
      ),
      tf(
        'QUIC, the transport under HTTP/3, runs on top of UDP.',
        true,
        'QUIC implements reliability and congestion control in user space over UDP.',
      ),
    ],
  },
  {
    name: 'Socket Programming',
    week: 7,
    definition:
      'The Berkeley sockets API (socket, bind, listen, accept, connect, send, recv) used to ' +
      'write network clients and servers.',
    atoms: [
      fc(
        'Which socket call does a TCP server use to wait for a client connection?',
        'accept(), after bind() and listen().',
      ),
      fc(
        'Which constants create a TCP socket in Python?',
        'socket.AF_INET and socket.SOCK_STREAM.',
      ),
      fc('Which socket type does a UDP socket use?', 'SOCK_DGRAM.'),
      fc(
        'What does the SO_REUSEADDR option let a server do?',
        'Bind its port again while old connections are still in TIME_WAIT.',
      ),
      cloze(
        'A TCP client calls {{c1::connect()}}, while a server calls bind(), {{c2::listen()}} and accept().',
      ),
      mcq(
        'Which calls does a UDP server need to receive and answer datagrams?',
        ['bind()', 'listen()', 'recvfrom()', 'accept()'],
        [0, 2],
        'listen() and accept() exist only for connection-oriented sockets.',
      ),
      tf(
        'recv() on a TCP socket always returns exactly one message as the sender wrote it.',
        false,
        'TCP is a byte stream: recv may return part of a message or several joined together.',
      ),
      parsons(
        'Arrange the lines of a minimal Python TCP echo server.',
        [
          'import socket',
          'with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as srv:',
          "    srv.bind(('0.0.0.0', 8080))",
          '    srv.listen()',
          '    conn, addr = srv.accept()',
          '    with conn:',
          '        data = conn.recv(1024)',
          '        conn.sendall(data)',
        ],
        ["    srv.connect(('0.0.0.0', 8080))"],
      ),
      parsons(
        'Arrange the lines of a Python UDP client that sends one query and waits for the reply.',
        [
          'import socket',
          'sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)',
          'sock.settimeout(2.0)',
          "sock.sendto(b'ping', ('127.0.0.1', 9999))",
          'data, server = sock.recvfrom(1024)',
          'print(data.decode())',
        ],
        undefined,
        'The timeout must be set before recvfrom, or a lost reply blocks forever.',
      ),
    ],
  },
];
