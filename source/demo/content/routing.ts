import {cloze, fc, match, mcq, parsons, tf} from './atom-builders.js';
import type {DemoConcept} from './demo-types.js';

/** Week 5: route selection, OSPF and BGP. */
export const routingConcepts: DemoConcept[] = [
  {
    name: 'Routing Tables and Longest Prefix Match',
    week: 5,
    definition:
      'A router picks the most specific matching route for each destination; between sources ' +
      'for the same prefix it prefers the lowest administrative distance, then the lowest metric.',
    atoms: [
      fc(
        'Which route wins when several routing-table entries match a destination?',
        'The one with the longest prefix (the most specific).',
      ),
      fc(
        'What is the default administrative distance of a static route on Cisco routers?',
        '1 (directly connected routes are 0).',
      ),
      fc(
        'Which Linux command adds a default route via 192.168.1.1?',
        '`ip route add default via 192.168.1.1`',
      ),
      fc(
        'What does administrative distance rank?',
        'How trustworthy a route source is when several sources offer the same prefix.',
      ),
      cloze(
        'Default Cisco administrative distances are {{c1::110}} for OSPF, {{c2::20}} for eBGP and {{c3::120}} for RIP.',
      ),
      mcq(
        'A router has routes 10.0.0.0/8, 10.1.0.0/16 and 10.1.2.0/24. Which one forwards a packet to 10.1.2.9?',
        ['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', 'The default route'],
        [2],
      ),
      tf(
        'A route with a lower metric beats a route with a longer matching prefix.',
        false,
        'Longest prefix match comes first; metrics only compare routes to the same prefix.',
      ),
      parsons(
        'Arrange the Python for a longest-prefix-match route lookup.',
        [
          'def lookup(table, dst):',
          '    best = None',
          '    for route in table:',
          '        if dst in route.network:',
          '            if best is None or route.network.prefixlen > best.network.prefixlen:',
          '                best = route',
          '    return best',
        ],
        ['        return route'],
        'Returning the first match would ignore more specific routes later in the table.',
      ),
    ],
  },
  {
    name: 'OSPF',
    week: 5,
    definition:
      'Open Shortest Path First: a link-state interior gateway protocol that floods LSAs within ' +
      "areas and runs Dijkstra's SPF algorithm; it uses IP protocol 89.",
    atoms: [
      fc(
        'Which algorithm does OSPF run to compute routes?',
        "Dijkstra's shortest path first (SPF).",
      ),
      fc('Which IP protocol number does OSPF use?', 'Protocol 89.'),
      fc(
        'Which multicast address do all OSPF routers listen on?',
        '224.0.0.5 (designated routers also use 224.0.0.6).',
      ),
      fc(
        'How does OSPF work?',
        "Routers discover neighbours with Hello packets, form adjacencies, then flood link-state advertisements so every router in the area has the same link-state database, and then each router runs Dijkstra's algorithm on that database to build a shortest-path tree and installs the best routes, with cost based on interface bandwidth and area 0 as the backbone connecting all other areas.",
      ),
      cloze(
        'OSPF cost is {{c1::reference bandwidth divided by interface bandwidth}}, with a default reference of {{c2::100 Mbit/s}} on Cisco routers.',
      ),
      mcq(
        'What are the default OSPF Hello and Dead intervals on a broadcast network?',
        ['5 s and 20 s', '10 s and 40 s', '30 s and 120 s', '60 s and 180 s'],
        [1],
      ),
      tf(
        'Every OSPF area must connect to the backbone area 0.',
        true,
        'Directly, or through a virtual link as a workaround.',
      ),
      parsons('Arrange the OSPF neighbour states from first to last.', [
        'Down',
        'Init',
        '2-Way',
        'ExStart',
        'Exchange',
        'Loading',
        'Full',
      ]),
    ],
  },
  {
    name: 'BGP',
    week: 5,
    definition:
      'Border Gateway Protocol version 4: the path-vector exterior gateway protocol that ' +
      'exchanges reachability between autonomous systems over TCP port 179.',
    atoms: [
      fc('What port does BGP use?', 'TCP 179'),
      fc('What kind of routing protocol is BGP?', 'A path-vector protocol.'),
      fc(
        'How does BGP prevent routing loops between autonomous systems?',
        'A router rejects routes whose AS_PATH already contains its own AS number.',
      ),
      fc(
        'What distinguishes eBGP peers from iBGP peers?',
        'eBGP peers are in different autonomous systems; iBGP peers share one.',
      ),
      cloze('Private 16-bit AS numbers range from {{c1::64512}} to {{c2::65534}}.'),
      mcq(
        'Which of these are real steps in Cisco BGP best-path selection?',
        [
          'Prefer highest weight',
          'Prefer highest local preference',
          'Prefer longest AS_PATH',
          'Prefer highest router ID',
        ],
        [0, 1],
        'Shorter AS_PATH and lower router ID win.',
      ),
      tf(
        'BGP chooses routes purely by the lowest hop count.',
        false,
        'Policy attributes such as local preference and AS_PATH length drive the choice.',
      ),
      match('Match each BGP message type to its purpose.', [
        ['OPEN', 'Starts a session and exchanges AS number and hold time'],
        ['UPDATE', 'Announces or withdraws routes'],
        ['KEEPALIVE', 'Keeps an idle session alive'],
        ['NOTIFICATION', 'Reports an error and closes the session'],
      ]),
    ],
  },
];
