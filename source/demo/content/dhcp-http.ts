import {cloze, fc, match, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Week 8: address leasing and the web's protocols. */
export const dhcpHttpConcepts: DemoConcept[] = [
  {
    name: 'DHCP',
    week: 8,
    definition:
      'Dynamic Host Configuration Protocol: leases an IP address, mask, gateway and DNS ' +
      'servers to clients over UDP ports 67 and 68.',
    atoms: [
      fc(
        'Why is a DHCP Discover sent from 0.0.0.0 to 255.255.255.255?',
        'The client has no address yet and does not know where the server is.',
      ),
      fc(
        'What does a DHCP relay agent (ip helper-address) do?',
        'Forwards client broadcasts as unicast to a DHCP server on another subnet.',
      ),
      fc(
        'When does a DHCP client first try to renew its lease?',
        'At T1, half of the lease time, by unicast to its server.',
      ),
      fc(
        'What are the four DHCP messages and which ports does DHCP use?',
        'Discover, Offer, Request, Acknowledge (DORA); UDP 67 for the server and 68 for the client',
      ),
      cloze(
        'The DHCP exchange is Discover, {{c1::Offer}}, Request, {{c2::Acknowledge}}, remembered as DORA.',
      ),
      mcq(
        'Which settings does a typical DHCP server hand out?',
        [
          'Default gateway (option 3)',
          'DNS servers (option 6)',
          'The MAC address',
          'The TCP window size',
        ],
        [0, 1],
      ),
      tf(
        'DHCP snooping on a switch drops DHCP Offers that arrive on untrusted ports.',
        true,
        'This stops rogue DHCP servers; only trusted ports toward the real server may send Offers.',
      ),
      parsons(
        'Arrange the DHCP messages exchanged when a client joins a network.',
        [
          'Client broadcasts DHCPDISCOVER',
          'Server replies with DHCPOFFER',
          'Client broadcasts DHCPREQUEST for the offered address',
          'Server confirms with DHCPACK',
        ],
        ['Server sends DHCPNAK'],
      ),
    ],
  },
  {
    name: 'HTTP',
    week: 8,
    definition:
      'Hypertext Transfer Protocol: a stateless request/response protocol of methods, status ' +
      'codes and headers, on TCP port 80 or over TLS on 443.',
    atoms: [
      fc('Which request header is mandatory in HTTP/1.1?', 'Host.'),
      fc(
        'Is the HTTP POST method idempotent?',
        'No; repeating a POST may create another resource.',
      ),
      fc('What does HTTP status 304 mean?', 'Not Modified: the cached copy is still valid.'),
      fc(
        'How does a stateless HTTP server keep a user logged in across requests?',
        'It sets a cookie that the browser sends back with each request.',
      ),
      cloze(
        'HTTP/1.1 connections are {{c1::persistent}} by default unless a Connection: {{c2::close}} header is sent.',
      ),
      mcq('Which status codes indicate a client error?', ['301', '403', '404', '503'], [1, 2]),
      tf(
        'A 302 response tells the client that the resource has moved permanently.',
        false,
        '302 Found is temporary; 301 and 308 are permanent.',
      ),
      match('Match each HTTP status code to its meaning.', [
        ['200', 'OK'],
        ['301', 'Moved Permanently'],
        ['401', 'Authentication required'],
        ['404', 'Not Found'],
        ['500', 'Internal Server Error'],
        ['503', 'Service Unavailable'],
      ]),
    ],
  },
  {
    name: 'HTTP/2 and HTTP/3',
    week: 8,
    definition:
      'HTTP/2 multiplexes binary-framed streams over one TCP connection; HTTP/3 carries the ' +
      'same semantics over QUIC on UDP to avoid TCP head-of-line blocking.',
    atoms: [
      fc(
        'Which HTTP/1.1 problem does HTTP/2 stream multiplexing solve?',
        'Head-of-line blocking between requests, which forced many parallel connections.',
      ),
      fc('Which scheme does HTTP/2 use to compress headers?', 'HPACK.'),
      fc('Which transport protocol does HTTP/3 run on?', 'QUIC, over UDP.'),
      fc(
        'How does a browser learn that a server supports HTTP/3?',
        'From an Alt-Svc header or HTTPS DNS record advertising h3.',
      ),
      cloze('TLS negotiates HTTP/2 through ALPN with the protocol identifier {{c1::h2}}.'),
      mcq(
        'Which statements about HTTP/3 are true?',
        [
          'It always uses TLS 1.3',
          'A lost packet does not stall unrelated streams',
          'It runs over TCP port 443',
          'It compresses headers with HPACK',
        ],
        [0, 1],
        'HTTP/3 runs on UDP and compresses headers with QPACK.',
      ),
      tf(
        'HTTP/2 changed the meaning of HTTP methods and status codes.',
        false,
        'The semantics are unchanged; only framing and connection use changed.',
      ),
    ],
  },
];
