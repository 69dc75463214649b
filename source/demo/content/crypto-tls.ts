import {cloze, fc, match, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Week 9: cryptographic building blocks, PKI and TLS. */
export const cryptoTlsConcepts: DemoConcept[] = [
  {
    name: 'Symmetric and Asymmetric Encryption',
    week: 9,
    definition:
      'Symmetric ciphers share one secret key and are fast; asymmetric (public-key) ' +
      'cryptography uses key pairs for key exchange and signatures.',
    atoms: [
      fc('What is the block size of AES?', '128 bits.'),
      fc(
        'Why does TLS use public-key cryptography only at the start of a session?',
        'Public-key operations are slow, so they only establish a shared symmetric key.',
      ),
      fc(
        'What property does ephemeral Diffie-Hellman give a TLS session?',
        'Forward secrecy: a later key leak cannot decrypt recorded traffic.',
      ),
      fc(
        'Which key encrypts a message that only Alice should be able to read?',
        "Alice's public key.",
      ),
      cloze('AES supports key sizes of 128, {{c1::192}} and {{c2::256}} bits.'),
      mcq(
        'Which of these are symmetric algorithms?',
        ['AES-GCM', 'RSA', 'ChaCha20-Poly1305', 'ECDSA'],
        [0, 2],
      ),
      tf(
        'A 2048-bit RSA key is about as strong as a 2048-bit AES key would be.',
        false,
        'RSA-2048 gives roughly 112-bit security; AES keys are at most 256 bits.',
      ),
      match('Match each algorithm to its category.', [
        ['AES', 'Symmetric block cipher'],
        ['ChaCha20', 'Symmetric stream cipher'],
        ['RSA', 'Public-key encryption and signatures'],
        ['ECDHE', 'Ephemeral key exchange'],
        ['SHA-256', 'Cryptographic hash'],
      ]),
    ],
  },
  {
    name: 'Hash Functions and MACs',
    week: 9,
    definition:
      'Hashes map data to fixed-size digests that resist collisions; MACs such as HMAC add a ' +
      'secret key to prove integrity and authenticity.',
    atoms: [
      fc('How long is a SHA-256 digest?', '256 bits (32 bytes).'),
      fc(
        'What does a MAC provide that a plain hash does not?',
        'Authenticity: only holders of the secret key can produce a valid tag.',
      ),
      fc(
        'Why are MD5 and SHA-1 no longer accepted for certificate signatures?',
        'Practical collision attacks exist for both.',
      ),
      fc(
        'What does collision resistance mean for a hash function?',
        'Finding two different inputs with the same digest is infeasible.',
      ),
      cloze('HMAC computes H((K ⊕ {{c1::opad}}) ‖ H((K ⊕ {{c2::ipad}}) ‖ m)).'),
      mcq(
        'Which constructions provide both integrity and authenticity?',
        ['HMAC-SHA256', 'Plain SHA-256', 'AES-GCM', 'CRC-32'],
        [0, 2],
      ),
      tf(
        'A CRC protects a packet against deliberate tampering.',
        false,
        'A CRC only detects accidental errors; an attacker simply recomputes it.',
      ),
    ],
  },
  {
    name: 'Certificates and PKI',
    week: 9,
    definition:
      'X.509 certificates bind a public key to a name and are signed by a certificate ' +
      'authority; clients validate the chain up to a trusted root.',
    atoms: [
      fc('What is a certificate authority?', 'A trusted third party that signs certificates'),
      fc(
        'Which X.509 extension lists the host names a certificate is valid for?',
        'Subject Alternative Name (SAN).',
      ),
      fc(
        'Why do root CAs sign intermediate CAs rather than server certificates?',
        'So the root key can stay offline and a compromised intermediate can be revoked.',
      ),
      fc(
        "Which protocol lets a client check a certificate's revocation status online?",
        'OCSP, often stapled to the TLS handshake by the server.',
      ),
      cloze(
        "Let's Encrypt issues domain-validated certificates through the {{c1::ACME}} protocol, valid for {{c2::90}} days.",
      ),
      mcq(
        'What does a browser check when validating a server certificate?',
        [
          'The chain ends at a trusted root',
          'The host name matches a SAN entry',
          'The current date is within the validity period',
          "The server's IP address is in the subject",
        ],
        [0, 1, 2],
      ),
      tf(
        'A self-signed certificate is invalid by definition.',
        false,
        'Root CA certificates are self-signed; a self-signed certificate is only untrusted if absent from the trust store.',
      ),
      parsons(
        'Arrange the steps of obtaining a TLS certificate from a CA.',
        [
          'Generate a private key on the server',
          'Create a CSR containing the public key and domain name',
          'Submit the CSR to the CA',
          'Prove control of the domain, e.g. with an ACME HTTP-01 challenge',
          'The CA signs and returns the certificate',
          'Install the certificate and intermediate chain on the server',
        ],
        ['Send the private key to the CA'],
      ),
    ],
  },
  {
    name: 'TLS Handshake',
    week: 9,
    definition:
      'The TLS handshake negotiates version and cipher suite, authenticates the server with its ' +
      'certificate and derives session keys; TLS 1.3 needs one round trip.',
    atoms: [
      fc(
        'How many round trips does a full TLS 1.3 handshake need before application data?',
        'One (1-RTT); resumption can send 0-RTT data.',
      ),
      fc(
        'What does the SNI extension in a ClientHello carry?',
        'The requested host name, so one IP address can serve many certificates.',
      ),
      fc(
        'Which key exchange method did TLS 1.3 remove?',
        'Static RSA key transport; full handshakes use ephemeral (EC)DHE.',
      ),
      fc(
        'What are the steps of the TLS 1.2 handshake?',
        'ClientHello, ServerHello, Certificate, ServerKeyExchange, ServerHelloDone, ClientKeyExchange, ChangeCipherSpec, Finished, then the server sends ChangeCipherSpec and Finished, and after that application data can flow encrypted with the session keys derived from the pre-master secret',
      ),
      cloze(
        'In TLS 1.3 the client sends its {{c1::key_share}} in the ClientHello so the server can derive keys at once.',
      ),
      mcq(
        'Which TLS 1.3 handshake messages are sent encrypted?',
        ['ClientHello', 'Certificate', 'ServerHello', 'Finished'],
        [1, 3],
      ),
      tf(
        'The TLS 1.3 protocol itself prevents 0-RTT early data from being replayed.',
        false,
        '0-RTT data can be replayed, so servers should accept it only for idempotent requests.',
      ),
      parsons(
        'Arrange the messages of a full TLS 1.3 handshake.',
        [
          'Client → ClientHello (key_share, supported_versions, SNI)',
          'Server → ServerHello (key_share)',
          'Server → {EncryptedExtensions}',
          'Server → {Certificate}',
          'Server → {CertificateVerify}',
          'Server → {Finished}',
          'Client → {Finished}',
          'Both → application data',
        ],
        ['Client → ClientKeyExchange'],
        'Braces mark messages encrypted with handshake keys.',
      ),
    ],
  },
];
