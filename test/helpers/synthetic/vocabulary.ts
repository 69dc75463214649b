/** Networking subjects the synthetic cards are about. */
export const subjects: readonly string[] = [
  'TCP',
  'UDP',
  'DNS',
  'ARP',
  'BGP',
  'OSPF',
  'DHCP',
  'TLS',
  'HTTP/2',
  'QUIC',
  'NAT',
  'VLAN',
  'ICMP',
  'IPv6',
  'MPLS',
  'SNMP',
  'SSH',
  'RIP',
  'STP',
  'LACP',
];

/** Aspects of a subject a card can ask about. */
export const aspects: readonly string[] = [
  'handshake',
  'header checksum',
  'retransmission timer',
  'congestion window',
  'lease renewal',
  'route selection',
  'cache poisoning',
  'port mapping',
  'session resumption',
  'flow label',
  'hop limit',
  'fragment offset',
  'priority tag',
  'keepalive interval',
  'error reporting',
  'authentication step',
  'record layer',
  'stream multiplexing',
  'path MTU discovery',
  'loop prevention',
];

/** Question shapes (subject, aspect, context); the last one is a cloze. */
export const templates: readonly ((s: string, a: string, c: string) => string)[] = [
  (s, a, c) => `What is the purpose of the ${s} ${a} in ${c}?`,
  (s, a, c) => `Q: how does ${s} handle the ${a} on ${c}`,
  (s, a, c) => `Why does ${s} need a ${a} when running over ${c}?`,
  (s, a, c) => `define the ${s} ${a} as used in ${c}`,
  (s, a, c) => `Which field of ${s} controls the ${a} in ${c}?`,
  (s, a, c) => `The {{c1::${s}}} ${a} protects traffic in ${c}.`,
];

/** Index in {@link templates} of the cloze shape. */
export const clozeTemplate = 5;

/** Answers of the kinds the graders distinguish (short, long, list, two sentences, fragment). */
export const backs: readonly string[] = [
  'It keeps both ends in sync.',
  'The sender waits for an acknowledgement before sending more data.',
  '- Detects loss\n- Adapts the rate\n- Avoids collapse',
  'Because the network may reorder packets. Therefore sequence numbers are needed.',
  'A 16-bit field',
];

/** A number padded to the width of the largest one in its series (`7` of 1000 → `0007`). */
export function padded(value: number, largest: number): string {
  return String(value).padStart(String(largest).length, '0');
}
