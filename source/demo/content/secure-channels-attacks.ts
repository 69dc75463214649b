import {cloze, fc, match, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Weeks 11–12: VPNs, Wi-Fi security and common network attacks. */
export const channelAttackConcepts: DemoConcept[] = [
  {
    name: 'VPNs and IPsec',
    week: 11,
    definition:
      'VPNs tunnel private traffic across untrusted networks; IPsec protects IP packets with ' +
      'AH and ESP, with keys negotiated by IKE.',
    atoms: [
      fc('Which IP protocol number does IPsec ESP use?', 'Protocol 50 (AH uses 51).'),
      fc(
        'How does IPsec tunnel mode differ from transport mode?',
        'Tunnel mode wraps the whole original packet; transport mode protects only the payload.',
      ),
      fc('Which UDP ports does IKE use?', '500, and 4500 when NAT traversal is needed.'),
      fc(
        'Why does IPsec AH fail through NAT?',
        'AH authenticates the IP header, including the addresses NAT rewrites.',
      ),
      cloze(
        'An IPsec {{c1::security association}} is one-way, so a bidirectional tunnel needs {{c2::two}} of them.',
      ),
      mcq(
        'Which statements about WireGuard are true?',
        [
          'It runs over UDP',
          'It uses Curve25519 and ChaCha20-Poly1305',
          'It negotiates cipher suites like IKE',
          'It requires TCP port 1194',
        ],
        [0, 1],
        'WireGuard has a fixed cipher set; 1194 is the default OpenVPN port.',
      ),
      tf('IPsec ESP can provide confidentiality, integrity and data-origin authentication.', true),
      parsons(
        'Arrange the phases of bringing up an IKEv2 site-to-site IPsec tunnel.',
        [
          'Peers exchange IKE_SA_INIT with DH values, nonces and proposals',
          'Both sides derive keys that protect the rest of IKE',
          'IKE_AUTH authenticates the peers with a PSK or certificates',
          'IKE_AUTH also creates the first child SA for ESP',
          'Traffic matching the selectors is encrypted with ESP',
        ],
        ['Peers exchange AH packets to agree on keys'],
      ),
    ],
  },
  {
    name: 'Wi-Fi Security',
    week: 11,
    definition:
      'Protecting wireless LANs with WPA2 (AES-CCMP and the 4-way handshake) or WPA3 (SAE), in ' +
      'Personal (pre-shared key) or Enterprise (802.1X/EAP) mode.',
    atoms: [
      fc('Which cipher mode protects data in WPA2?', 'AES-CCMP.'),
      fc(
        'Which handshake does WPA3-Personal use to resist offline dictionary attacks?',
        'SAE (Simultaneous Authentication of Equals).',
      ),
      fc(
        'Why is WEP considered broken?',
        'Its 24-bit IVs repeat and RC4 weaknesses let keys be recovered in minutes.',
      ),
      fc(
        'What does an evil twin attacker set up?',
        'A rogue access point imitating a legitimate SSID to intercept clients.',
      ),
      cloze(
        'WPA2-Enterprise authenticates users with {{c1::802.1X}} and EAP against a {{c2::RADIUS}} server.',
      ),
      mcq(
        'How can an attacker obtain a WPA2-Personal handshake for offline cracking?',
        [
          'Deauthenticate a client to force it to reconnect',
          'Sniff the 4-way handshake when a client joins',
          'Read the SSID from beacon frames',
          'Port-scan the access point',
        ],
        [0, 1],
      ),
      tf(
        'Hiding the SSID prevents attackers from discovering a Wi-Fi network.',
        false,
        'Clients still reveal the SSID in probe requests and association frames.',
      ),
      match('Match each Wi-Fi security generation to its protection.', [
        ['WEP', 'RC4 with 24-bit IVs'],
        ['WPA', 'TKIP'],
        ['WPA2', 'AES-CCMP'],
        ['WPA3-Personal', 'SAE handshake'],
      ]),
    ],
  },
  {
    name: 'Denial of Service',
    week: 12,
    definition:
      'Attacks that exhaust bandwidth, connection state or application resources so legitimate ' +
      'users are refused; distributed (DDoS) attacks use many sources.',
    atoms: [
      fc(
        'How does a SYN flood exhaust a server?',
        'Spoofed SYNs fill its backlog with half-open connections that never complete.',
      ),
      fc(
        'How do SYN cookies defend against SYN floods?',
        'The server encodes state in its ISN and stores nothing until a valid ACK returns.',
      ),
      fc(
        'What makes a reflection attack an amplification attack?',
        'Small spoofed requests trigger much larger replies aimed at the victim.',
      ),
      fc(
        'Why are open DNS resolvers popular for amplification?',
        'They answer small spoofable UDP queries with much larger responses.',
      ),
      cloze(
        'Memcached reflection reached amplification factors of up to about {{c1::51,000}} times.',
      ),
      mcq(
        'Which measures mitigate DDoS reflection attacks?',
        [
          'BCP 38 ingress filtering',
          'Response rate limiting on resolvers',
          'A larger TCP window',
          'Disabling ARP',
        ],
        [0, 1],
      ),
      tf(
        'A Slowloris attack needs very high bandwidth to take down a web server.',
        false,
        'It holds many connections open with slow partial headers, using little bandwidth.',
      ),
      match('Match each denial-of-service attack to its mechanism.', [
        ['SYN flood', 'Half-open TCP connections'],
        ['Smurf', 'ICMP echo to a broadcast address with a spoofed source'],
        ['DNS amplification', 'Spoofed queries that produce large responses'],
        ['Slowloris', 'Slow, never-finished HTTP headers'],
      ]),
    ],
  },
  {
    name: 'Spoofing and Man-in-the-Middle',
    week: 12,
    definition:
      'Attacks that forge addresses or poison caches (ARP spoofing, DNS cache poisoning, IP ' +
      'spoofing) to impersonate hosts and intercept traffic.',
    atoms: [
      fc(
        'How does ARP spoofing enable a man-in-the-middle attack?',
        "Forged ARP replies map the gateway's IP to the attacker's MAC.",
      ),
      fc(
        'Which switch feature uses the DHCP snooping table to block ARP spoofing?',
        'Dynamic ARP Inspection (DAI).',
      ),
      fc(
        'What made the 2008 Kaminsky DNS cache-poisoning attack practical?',
        'Fixed source ports left only the 16-bit query ID to guess.',
      ),
      fc(
        'What lets a resolver verify that a DNS answer was not forged?',
        'DNSSEC signatures (RRSIG) checked along a chain of trust.',
      ),
      cloze(
        'BCP 38 recommends {{c1::ingress filtering}} so that networks drop packets with {{c2::spoofed source addresses}}.',
      ),
      mcq(
        'Which defences stop a MITM from downgrading HTTPS to plain HTTP?',
        ['HSTS', 'The HSTS preload list', 'Disabling cookies', 'Moving the site to port 8443'],
        [0, 1],
      ),
      tf(
        'An off-path attacker can easily hijack TCP connections because initial sequence numbers are predictable.',
        false,
        'Modern stacks randomise ISNs, so an off-path attacker cannot guess them.',
      ),
    ],
  },
];
