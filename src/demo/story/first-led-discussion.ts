import type { DemoRun, DispositionOverride } from '../demo-run';

const MODERATOR = 'mohamed.boussraoui';

/**
 * Thursday, 10:30–12:00 — "What are the key elements that can inform the Global Compact on
 * Migration?", moderated by Mohamed Boussraoui (UCLG). The session runs its whole course:
 * opened, eight recommendations and a duplicate, comments for and against, a merge, an edit
 * after criticism, changes of mind, submissions stopped, closed, dispositions recorded (one
 * override, with its note) and the moderator's summary.
 */
export async function firstLedDiscussion(run: DemoRun): Promise<void> {
  const session = 'ledDiscussion1';
  await run.open(session, MODERATOR);

  // Cities and regions as stakeholders of the Compact: the room's broadest consensus.
  const stakeholders = await run.submit(session, 'amina.diallo', {
    title: 'Reconnaître les villes et les régions comme parties prenantes du Pacte mondial',
    body:
      'Les villes accueillent la majorité des personnes migrantes et sont les premières à répondre à leurs besoins, souvent sans mandat ni ressources. Le Pacte mondial devrait reconnaître explicitement les gouvernements locaux et régionaux comme parties prenantes de sa mise en œuvre et de son suivi.\n\n' +
      "Concrètement : une place pour les réseaux de villes dans les revues régionales et dans le Forum international d'examen des migrations, et des plans nationaux de mise en œuvre élaborés avec les autorités locales.",
    themes: ['GCM-23', 'GCM-16'],
    governanceLevel: 'multi_level',
  });
  await run.coSponsor(stakeholders, 'lucas.peeters', 'thandiwe.nkosi', 'sofia.martinez');
  await run.ballots(stakeholders, 'SSSS SSS SAS SSS SSS SSS SAS ASS');
  await run.comment(
    stakeholders,
    'elodie.laurent',
    'for',
    "L'OIM travaille déjà avec plus de deux cents villes sur l'accueil et l'intégration. Les associer au suivi du Pacte, c'est reconnaître ce qui se fait déjà sur le terrain.",
  );
  await run.comment(
    stakeholders,
    'kwame.mensah',
    'neutral',
    'Ghana agrees that cities must be heard. The Compact will nonetheless be negotiated and reviewed by Member States; the wording should invite local governments into national delegations and reviews rather than suggest a separate seat.',
  );

  // Access to services whatever a person's status; a duplicate is merged into it.
  const services = await run.submit(session, 'thandiwe.nkosi', {
    title: "Guarantee access to basic services whatever a person's migration status",
    body:
      'Cities should be able to provide primary health care, schooling, emergency shelter and birth registration to every resident, whatever their migration status. The Global Compact should commit States to let them do so, and to separate the provision of services from immigration enforcement: what a clinic, a school or a shelter learns while serving someone should not be passed on to the immigration authorities.\n\n' +
      'Without that separation, parents keep their children away from clinics and victims of crime stay silent, which harms the whole city.',
    themes: ['GCM-15', 'GCM-7'],
    governanceLevel: 'multi_level',
  });
  const duplicate = await run.submit(session, 'ana.costa', {
    title: 'Acceso a la salud para todas las personas migrantes en las ciudades',
    body: 'Las ciudades deben garantizar la atención primaria de salud a todas las personas migrantes, con o sin documentos, y los datos de los pacientes no deben compartirse con las autoridades migratorias.',
    themes: ['GCM-15'],
    governanceLevel: 'local',
  });
  await run.ballots(duplicate, '.... ... ... ... SSS ..O ... ...');
  // The three supporters' votes are carried over to the merged recommendation; the oppose is not.
  await run.merge(duplicate, services, MODERATOR);
  const firewall = await run.comment(
    services,
    'karin.johansson',
    'against',
    'Sweden already guarantees emergency care and schooling to every child, whatever their status. But a general ban on sharing information would stop the police from enforcing return decisions that a court has confirmed. We could support the first paragraph, not the second as drafted.',
  );
  await run.comment(
    services,
    'thandiwe.nkosi',
    'for',
    'The separation concerns only what service providers learn while providing a service: the police keep every other means of enforcement. In Johannesburg, attendance of undocumented mothers at our clinics rose sharply once they trusted that.',
    firewall,
  );
  await run.comment(
    services,
    'sarah.klein',
    'for',
    "This is what the human rights treaty bodies recommend, and the Special Rapporteur on the human rights of migrants has called for such 'firewalls' repeatedly. It belongs in the Compact.",
  );
  await run.comment(
    services,
    'jorge.ramirez',
    'neutral',
    'México apoya el acceso a la salud y a la educación para todas las personas. Sugerimos precisar que se trata de los servicios básicos que define cada Estado.',
  );
  await run.ballots(services, 'SSSS SSS OAA SSS SSS SSS SSA SAS');
  // Persuaded by the reply, Ghana moves from abstaining to supporting.
  await run.vote(services, 'kwame.mensah', 'support');

  // Direct funding for cities and regions: edited after criticism, adopted but contested.
  const funding = await run.submit(session, 'sofia.martinez', {
    title: 'Financiación directa para la integración en ciudades y regiones',
    body: 'Los gobiernos locales y regionales asumen una parte creciente de los costos de acogida e integración sin recibir recursos adicionales. Proponemos que el Pacto Mundial aliente a los Estados a crear mecanismos de financiación directa para ciudades y regiones, y que los fondos internacionales para la migración y el desarrollo sean accesibles a los gobiernos subnacionales.',
    themes: ['GCM-16', 'GCM-23'],
    governanceLevel: 'national',
  });
  await run.ballots(funding, 'SSSS SSS OOO SAS SSA SSS ASS SAO');
  const accountability = await run.comment(
    funding,
    'kwame.mensah',
    'against',
    "Ghana's districts already receive a share of national revenue through the District Assemblies Common Fund. Routing international money around national budgets risks duplication and weak accountability.",
  );
  await run.comment(
    funding,
    'sofia.martinez',
    'for',
    'Tiene razón sobre la rendición de cuentas. He añadido la coordinación con los planes nacionales y la obligación de informar públicamente sobre el uso de los fondos.',
    accountability,
  );
  await run.edit(funding, 'sofia.martinez', {
    body:
      'Los gobiernos locales y regionales asumen una parte creciente de los costos de acogida e integración sin recibir recursos adicionales. Proponemos que el Pacto Mundial aliente a los Estados a crear mecanismos de financiación directa para ciudades y regiones, y que los fondos internacionales para la migración y el desarrollo sean accesibles a los gobiernos subnacionales.\n\n' +
      'Estos fondos se asignarían en coordinación con los planes nacionales de integración, y las ciudades y regiones que los reciban informarían públicamente sobre su uso.',
  });
  // After the edit Ghana abstains instead of opposing.
  await run.vote(funding, 'kwame.mensah', 'abstain');

  // City-level data: broad consensus.
  const data = await run.submit(session, 'hana.kim', {
    title: 'Publish migration data disaggregated by city',
    body:
      'National statistical offices should publish migration data disaggregated by municipality — arrivals, residence status, age, sex and use of services — and share anonymised microdata with local governments under data-protection safeguards. Cities cannot plan schools, clinics and housing on estimates.\n\n' +
      'The Compact should support city-level data partnerships between local governments, universities and national statistical offices, and include local indicators in its follow-up.',
    themes: ['GCM-1'],
    governanceLevel: 'multi_level',
  });
  await run.coSponsor(data, 'johan.maes', 'priya.raman');
  const identify = await run.comment(
    data,
    'abdi.warsame',
    'neutral',
    'Useful, but data on residence status must never identify anyone. Undocumented residents will stop answering surveys the day they fear it.',
  );
  await run.comment(
    data,
    'hana.kim',
    'for',
    'Agreed — hence "anonymised" and "safeguards": residence status would only ever be published in aggregate, never linked to an address.',
    identify,
  );
  await run.comment(
    data,
    'elodie.laurent',
    'for',
    "Le Portail de données sur la migration de l'OIM pourrait accueillir ces indicateurs locaux et les rendre comparables d'une ville à l'autre.",
  );
  await run.ballots(data, 'SSSS SSS SSA SSS SAS SSS SSS SSA');

  // A standing voice for migrant and diaspora organisations.
  const councils = await run.submit(session, 'yusuf.demir', {
    title: 'Give migrant and diaspora organisations a standing voice in city policy',
    body:
      'Cities should set up standing advisory councils in which migrant and diaspora organisations help design the policies that affect them — reception, language courses, housing, employment — with a budget that lets volunteers take part. The diaspora council of Ghent shows that it works.\n\n' +
      'The Compact should recognise such councils as good practice of its whole-of-society approach, and States should consult them when they prepare their national implementation plans.',
    themes: ['GCM-16', 'GCM-19'],
    governanceLevel: 'local',
  });
  await run.coSponsor(councils, 'maria.santos', 'abdi.warsame');
  await run.ballots(councils, 'SSAS SAS AAS SSS SSS SSS SAS AAS');
  await run.comment(
    councils,
    'daniel.okafor',
    'neutral',
    'Employers would welcome a place on these councils too: most of the questions newcomers bring are about work.',
  );

  // No detention of children: adopted, but national governments disagree with everyone else.
  const detention = await run.submit(session, 'jean-baptiste.mukendi', {
    title: 'Mettre fin à la détention des enfants pour des raisons migratoires',
    body:
      "Aucun enfant ne devrait être détenu en raison de son statut migratoire ou de celui de ses parents. Des solutions existent : familles d'accueil, logements ouverts avec accompagnement social, suivi par les services de protection de l'enfance des villes.\n\n" +
      'Le Pacte mondial devrait engager les États à mettre fin à la détention des enfants et à financer ces alternatives, que les autorités locales sont prêtes à mettre en œuvre.',
    themes: ['GCM-13', 'GCM-7'],
    governanceLevel: 'national',
  });
  const families = await run.comment(
    detention,
    'karin.johansson',
    'against',
    'Sweden does not detain unaccompanied children. But keeping a family together for a few days before a removal can be in the child’s interest, compared with separating them. An absolute ban goes further than our law allows.',
  );
  await run.comment(
    detention,
    'sarah.klein',
    'for',
    "The Committee on the Rights of the Child has been clear: detaining a child because of their or their parents' migration status is never in the child's best interests. Alternatives keep families together without detention.",
    families,
  );
  await run.comment(
    detention,
    'ana.costa',
    'for',
    'En São Paulo acogemos a familias enteras en casas abiertas con acompañamiento social: funciona, y cuesta menos que la detención.',
  );
  await run.ballots(detention, 'SSSS SSS OOA SSS SSS SSS SSS ASA');

  // Returns and reintegration: below the adoption threshold; the moderator notes it (the override).
  const returns = await run.submit(session, 'karin.johansson', {
    title: 'Cooperate with cities of origin on dignified return and lasting reintegration',
    body:
      'Where a return decision has been taken with due process, the national and local authorities of the countries of destination and of origin should cooperate so that returns are safe and dignified and reintegration lasts: information before departure, reception on arrival, and municipal reintegration programmes in the cities of origin, funded jointly.\n\n' +
      'Cities of origin know their labour markets and communities best; they should be partners in reintegration, not only recipients of returnees.',
    themes: ['GCM-21'],
    governanceLevel: 'multi_level',
  });
  await run.comment(
    returns,
    'ahmed.benali',
    'against',
    "Cette recommandation parle des retours avant de parler des voies légales. Pour Tanger, la priorité est d'ouvrir des voies de migration régulière ; sans elles, la réintégration reste un pansement.",
  );
  await run.comment(
    returns,
    'kwame.mensah',
    'for',
    'Returnees to Ghana do far better where the district assembly is involved from the start. This is exactly the cooperation we need.',
  );
  await run.comment(
    returns,
    'ines.vermeulen',
    'against',
    'Many return decisions concern people who have lived here for years, and children born in Belgium. Without a reference to family life and to the best interests of the child, we cannot support this text.',
  );
  await run.ballots(returns, 'OAOS SOA SSS SAO OOO OSO ASA SSS');

  // Submitted in the last minutes: too few votes to decide, so the rule proposes "noted".
  const planning = await run.submit(session, 'rafael.torres', {
    title:
      'Incluir a las personas migrantes en la planificación urbana y en la localización de los ODS',
    body: 'Los planes urbanos y los informes locales voluntarios sobre los Objetivos de Desarrollo Sostenible deberían contar a las personas migrantes entre sus destinatarios y sus participantes: barrios de llegada, vivienda asequible, transporte público. ONU-Hábitat puede ofrecer orientaciones a las ciudades que lo deseen.',
    themes: ['GCM-16', 'GCM-19'],
    governanceLevel: 'local',
  });

  await run.lockSubmissions(session, MODERATOR);
  // Voting goes on after submissions stop.
  await run.ballots(planning, 'S... S.. ... ..S ... ... S.. ...');
  // One last change of mind: Kerala withdraws its abstention on returns.
  await run.vote(returns, 'priya.raman', null);
  await run.close(session, MODERATOR);

  await run.recordDispositions(
    session,
    MODERATOR,
    new Map<string, DispositionOverride>([
      [
        returns,
        {
          disposition: 'noted',
          note: 'Below the adoption rule (55 % support), but the divide it shows between national and local delegates on returns is one the Global Compact negotiations will have to address. Noted rather than set aside, so that the outcome document records the proposal and the debate.',
        },
      ],
    ]),
  );
  await run.summary(
    session,
    MODERATOR,
    'The discussion asked what cities, regions and their partners want the Global Compact on Migration to say. Nine recommendations were submitted; one of them, a duplicate, was merged into the recommendation on access to services.\n\n' +
      'Delegates of every constituency agreed that local and regional governments need a recognised role in the implementation and follow-up of the Compact, that migration data should be available at city level, and that migrant and diaspora organisations should have a standing voice in local policy.\n\n' +
      'The room was divided on how far the Compact should go on access to services, on direct funding and on the detention of children: local governments, civil society and international organisations asked for strong commitments, while several national delegates asked for wording that respects national competences. The recommendation on returns and reintegration did not reach the adoption threshold; it is noted so that the debate it reflects stays on record.\n\n' +
      "What was adopted here goes forward to the thematic session on the human rights of migrants and to Friday's discussion of the New Urban Agenda.",
  );
}
