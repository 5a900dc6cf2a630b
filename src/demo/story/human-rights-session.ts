import type { DemoRun } from '../demo-run';

/** The thematic session has no moderator in the programme: the secretariat runs it. */
const SECRETARIAT = 'secretariat';

/**
 * Thursday, 15:00–16:30 — "Human rights of migrants", with UCLG's Committee on Social Inclusion,
 * Participatory Democracy and Human Rights: the role of local actors in helping migrants exercise
 * their rights — access to the services they are entitled to by law, employment, housing and
 * justice. Left open, in full swing: six recommendations, votes still coming in, comments.
 * `npm run demo:room` carries on from here.
 */
export async function humanRightsSession(run: DemoRun): Promise<void> {
  const session = 'humanRights';
  await run.open(session, SECRETARIAT);

  const justice = await run.submit(session, 'sarah.klein', {
    title: 'Let migrants report crimes and labour abuse without fear of deportation',
    body:
      'Migrants who are victims of crime, exploitation or discrimination should be able to go to the police, labour inspectors, ombudspersons and courts without risking detention or removal because of their status. Municipal legal aid services and local ombudspersons should be open to every resident, and their staff trained in the rights of migrants.\n\n' +
      'The Global Compact should ask States to set such safe reporting channels in law.',
    themes: ['GCM-7', 'GCM-6'],
    governanceLevel: 'multi_level',
  });
  await run.coSponsor(justice, 'ines.vermeulen', 'amina.diallo');
  await run.ballots(justice, 'SS.S S.S .A. SSS S.S SS. S.. .S.');
  const police = await run.comment(
    justice,
    'karin.johansson',
    'neutral',
    'Victims must be able to report crimes, and Swedish police do not check the status of victims. But a legal guarantee that no one who reports is ever removed could be misused; we would prefer "without their report being used against them".',
  );
  await run.comment(
    justice,
    'sarah.klein',
    'for',
    'That wording would work for us: what matters is that going to the police or the labour inspectorate does not put the person at risk.',
    police,
  );

  const housing = await run.submit(session, 'ines.vermeulen', {
    title: 'End discrimination against newcomers in the housing market',
    body:
      'Cities should test the private rental market for discrimination, with paired applications, and sanction the agencies and landlords that turn tenants away because of their name or origin. Rules for allocating social housing should not require years of local residence that recognised refugees cannot have when they leave a reception centre.\n\n' +
      'Nobody should become homeless because their stay in a reception centre has ended.',
    themes: ['GCM-15', 'GCM-17'],
    governanceLevel: 'local',
  });
  await run.ballots(housing, 'SS.S SS. ... S.S SSS S.S .S. .A.');
  await run.comment(
    housing,
    'lucas.peeters',
    'for',
    'Malines pratique ces tests depuis deux ans avec les agences immobilières de la ville : les refus ont nettement baissé dès que les agences ont su qu’elles pouvaient être testées.',
  );
  await run.comment(
    housing,
    'laura.bianchi',
    'against',
    'Testing, yes. But sanctions for small private landlords who rent out one flat would discourage them from renting at all, and the housing shortage would get worse for everyone.',
  );

  const oneStop = await run.submit(session, 'lucas.peeters', {
    title: 'Un guichet unique municipal pour les droits des nouveaux arrivants',
    body:
      "Chaque nouvel arrivant devrait trouver en un seul lieu de sa ville une information claire sur ses droits et ses devoirs, dans une langue qu'il comprend : inscription à la commune, cours de langue, emploi, logement, soins de santé, école des enfants. À Malines, ce guichet est ouvert à tous les habitants, quel que soit leur statut.\n\n" +
      "Les États devraient soutenir ces guichets et permettre aux communes d'y proposer les démarches qui relèvent aujourd'hui de plusieurs administrations.",
    themes: ['GCM-3', 'GCM-16'],
    governanceLevel: 'local',
  });
  await run.ballots(oneStop, 'S.SS .S. .S. S.. .S. S.S ..S S..');

  const domesticWork = await run.submit(session, 'maria.santos', {
    title: 'Protect migrant domestic workers where they work',
    body:
      'Labour inspectors should be allowed to inspect private households that employ domestic workers, and domestic workers should be able to change employer without losing their residence permit. Cities can fund the associations of migrant domestic workers that inform them of their rights and accompany them to the inspectorate.\n\n' +
      'States that have not yet ratified ILO Convention 189 on domestic workers should do so.',
    themes: ['GCM-6'],
    governanceLevel: 'multi_level',
  });
  await run.coSponsor(domesticWork, 'abdi.warsame');
  await run.ballots(domesticWork, '.S.. .SS O.. SS. .SS S.. .S. A..');
  await run.comment(
    domesticWork,
    'omar.haddad',
    'neutral',
    'Jordan reformed the rules for domestic workers in 2015. Inspecting households is the hard part: our inspectors need a court order to enter a home. The text should say how inspections would respect the privacy of the home.',
  );

  const consularId = await run.submit(session, 'jorge.ramirez', {
    title:
      'Aceptar los documentos consulares como prueba de identidad ante las autoridades locales',
    body: 'Muchas personas migrantes no tienen otro documento de identidad que el que expide su consulado. Las autoridades locales, los bancos y la policía deberían aceptarlo como prueba de identidad para acceder a los servicios, abrir una cuenta bancaria o presentar una denuncia. México expide la matrícula consular con medidas de seguridad que permiten verificarla.',
    themes: ['GCM-4', 'GCM-14'],
    governanceLevel: 'local',
  });
  await run.ballots(consularId, 'S... S.. .S. ... S.. .S. ... S..');
  await run.comment(
    consularId,
    'yusuf.demir',
    'for',
    'Without a document the banks accept, people in Ghent cannot even open an account to be paid their wages. This would change daily life at once.',
  );

  const work = await run.submit(session, 'omar.haddad', {
    title: 'Open the labour market to refugees within six months of arrival',
    body:
      'Refugees and asylum seekers should have the right to work within six months of arrival at the latest. Chambers of commerce, employers and cities should run joint job-matching, mentoring and language-at-work programmes.\n\n' +
      'In Jordan, work permits for Syrian refugees, issued together with employers and municipalities, have brought tens of thousands of people into formal jobs.',
    themes: ['GCM-6', 'GCM-18'],
    governanceLevel: 'national',
  });
  await run.ballots(work, '.S.. ... ... .S. ... ... S.. S..');
  // Still coming in as the demo opens: a change of mind on the housing recommendation.
  await run.vote(housing, 'laura.bianchi', 'oppose');
}
