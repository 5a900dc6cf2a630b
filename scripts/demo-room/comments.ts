import type { Stance } from '#contract';

type Pool = Record<Stance, string[]>;

/**
 * What delegates say in passing, in their own language: remarks that fit any recommendation of
 * the session (the demo's or one a person has just submitted).
 */
const POOLS: Record<string, Pool> = {
  en: {
    for: [
      'We have done this in our city for three years: it works, and it costs less than what it replaced.',
      'Strongly support. It is what the local delegates have asked for since this morning.',
      'Yes, and the text should say who pays for it, or it will stay on paper.',
      'Our network can share the evaluation of a similar programme if it helps the drafting.',
      'This is the kind of concrete commitment the stocktaking meeting in Puerto Vallarta needs.',
    ],
    against: [
      'The intention is right, but the wording goes beyond what national law allows in many countries.',
      'Without funding attached, this becomes one more unfunded mandate for municipalities.',
      'Too broad as drafted: it should say which level of government is responsible for what.',
      'We cannot support a text that leaves out the role of national parliaments.',
    ],
    neutral: [
      'Could the author say whether this covers asylum seekers as well as recognised refugees?',
      'A time frame would help: by when should States and cities have done this?',
      'Is there evidence on costs? It would strengthen the case at the stocktaking meeting.',
      'How would progress be measured? An indicator would make this easier to follow up.',
    ],
  },
  fr: {
    for: [
      'Nous le faisons dans notre ville depuis trois ans : cela fonctionne, et coûte moins cher que ce que cela remplace.',
      "Tout à fait d'accord. C'est ce que les élus locaux demandent depuis ce matin.",
      'Oui, à condition de préciser qui finance ; sinon cela restera sur le papier.',
    ],
    against: [
      "L'intention est bonne, mais la formulation dépasse ce que permet le droit national dans bien des pays.",
      'Sans financement, ce sera une charge de plus pour les communes.',
      'Trop large en l’état : il faut dire quel niveau de gouvernement est responsable de quoi.',
    ],
    neutral: [
      "L'auteur peut-il préciser si cela vaut aussi pour les demandeurs d'asile ?",
      'Un calendrier aiderait : à quelle échéance les États et les villes devraient-ils agir ?',
      'Comment mesurerait-on les progrès ? Un indicateur faciliterait le suivi.',
    ],
  },
  es: {
    for: [
      'Lo hacemos en nuestra ciudad desde hace tres años: funciona, y cuesta menos que lo que sustituyó.',
      'Totalmente de acuerdo. Es lo que piden los gobiernos locales desde esta mañana.',
      'Sí, y el texto debería decir quién lo financia; si no, quedará en papel.',
    ],
    against: [
      'La intención es buena, pero la redacción va más allá de lo que permite la ley nacional en muchos países.',
      'Sin financiación, será una carga más para los municipios.',
      'Demasiado amplio: habría que precisar qué nivel de gobierno es responsable de qué.',
    ],
    neutral: [
      '¿Podría el autor aclarar si esto incluye también a las personas solicitantes de asilo?',
      'Un plazo ayudaría: ¿para cuándo deberían actuar los Estados y las ciudades?',
      '¿Cómo se mediría el avance? Un indicador facilitaría el seguimiento.',
    ],
  },
};

/** A remark with that stance in the delegate's language (English when there is none); `draw` in [0, 1). */
export function commentFor(language: string, stance: Stance, draw: number): string {
  const pool = (POOLS[language] ?? POOLS.en)[stance];
  return pool[Math.floor(draw * pool.length)];
}
