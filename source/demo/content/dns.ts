import {cloze, fc, match, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Week 8: name resolution and DNS records. */
export const dnsConcepts: DemoConcept[] = [
  {
    name: 'DNS Resolution',
    week: 8,
    definition:
      'A recursive resolver answers a name query by walking from the root servers to the TLD ' +
      'and authoritative servers, caching each answer for its TTL.',
    atoms: [
      fc('How many root server identities exist in DNS?', '13, named a to m.root-servers.net.'),
      fc(
        'How does a recursive DNS query differ from an iterative one?',
        'A recursive query demands the final answer; an iterative one accepts a referral.',
      ),
      fc(
        'When does DNS switch from UDP to TCP?',
        'When a response is truncated (TC bit set), and for zone transfers.',
      ),
      fc('What controls how long a resolver caches a DNS record?', "The record's TTL."),
      cloze(
        'Classic DNS messages over UDP are limited to {{c1::512}} bytes unless {{c2::EDNS(0)}} advertises a larger size.',
      ),
      mcq(
        'Which command shows each delegation step from the root for example.com?',
        [
          'dig +trace example.com',
          'nslookup -type=A example.com',
          'host -l example.com',
          'ping example.com',
        ],
        [0],
      ),
      tf(
        'The stub resolver on a laptop normally walks the DNS tree from the root servers itself.',
        false,
        'A stub sends one recursive query to a recursive resolver, which does the walk.',
      ),
      parsons(
        'Arrange the steps of resolving www.example.com with an empty cache.',
        [
          'The stub resolver sends a recursive query to the recursive resolver',
          'The resolver asks a root server and gets a referral to the .com servers',
          "The resolver asks a .com TLD server and gets a referral to example.com's name servers",
          'The resolver asks the authoritative server and gets the A record',
          'The resolver caches the answer for its TTL and replies to the stub',
        ],
        ['The root server returns the A record for www.example.com'],
      ),
    ],
  },
  {
    name: 'DNS Record Types',
    week: 8,
    definition:
      'The resource records stored in a zone, such as A, AAAA, CNAME, MX, NS, PTR, TXT and SOA.',
    atoms: [
      fc(
        'What are the DNS record types?',
        '- A: IPv4 address\n- AAAA: IPv6 address\n- CNAME: alias\n- MX: mail server\n- NS: name server\n- PTR: reverse lookup\n- TXT: text\n- SOA: zone authority',
      ),
      fc('Which DNS record type maps a name to an IPv6 address?', 'AAAA.'),
      fc(
        'Under which domain are IPv4 reverse-lookup PTR records stored?',
        'in-addr.arpa, with the octets reversed.',
      ),
      fc(
        'Why can a CNAME record not be placed at the zone apex?',
        'A CNAME cannot coexist with other records, and the apex needs SOA and NS.',
      ),
      cloze(
        'Each MX record has a {{c1::preference}} value, and the mail server with the {{c2::lowest}} value is tried first.',
      ),
      mcq(
        'Which records publish email authentication policies?',
        ['TXT for SPF', 'TXT at _dmarc for DMARC', 'PTR for DKIM', 'AAAA for SPF'],
        [0, 1],
        'DKIM keys are TXT records under selector._domainkey.',
      ),
      tf(
        'A DNS TXT record can hold only a single string of at most 255 bytes.',
        false,
        'A TXT record may hold several strings of up to 255 bytes each.',
      ),
      match('Match each DNS record type to what it holds.', [
        ['A', 'IPv4 address'],
        ['CNAME', 'Canonical name of an alias'],
        ['MX', 'Mail exchanger host'],
        ['NS', 'Authoritative name server'],
        ['SOA', 'Zone serial number and timers'],
        ['PTR', 'Host name for a reverse lookup'],
      ]),
    ],
  },
];
