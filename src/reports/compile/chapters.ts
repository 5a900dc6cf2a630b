import type { OutcomeChapter, RecommendationEntry, ThemeRef } from '../outcome-document';
import type { DraftEntry } from './entries';

export interface Placement {
  chapters: OutcomeChapter[];
  annexA: RecommendationEntry[];
  /** The themes the printed recommendations carry, in chapter order (see OutcomeDocument.themes). */
  themes: ThemeRef[];
}

/**
 * Places the entries in the document (DESIGN.md, "The outcome document"): an adopted
 * recommendation is printed in the chapter of its first theme — in the framework's order — and
 * cross-referenced from the chapters of its other themes; noted ones go to annex A; those not
 * adopted are left out. Numbers run consecutively from the first chapter through annex A, so a
 * number cites one recommendation in every format. A theme the framework no longer has (data
 * edited after tagging) still gets a chapter, after the framework's own, rather than losing text.
 */
export function placeEntries(entries: DraftEntry[], themes: ThemeRef[]): Placement {
  const known = new Map(themes.map((theme) => [theme.code, theme]));
  const homeOf = (entry: DraftEntry): string =>
    entry.themes.find((code) => known.has(code)) ?? entry.themes[0] ?? '';

  const adopted = entries.filter((e) => e.disposition === 'adopted');
  const chapterThemes = [...themes];
  for (const entry of adopted) {
    const home = homeOf(entry);
    if (!known.has(home)) {
      const orphan: ThemeRef = {
        code: home,
        number: chapterThemes.length + 1,
        title: home,
        shortTitle: home,
      };
      known.set(home, orphan);
      chapterThemes.push(orphan);
    }
  }

  const chapters = new Map<string, OutcomeChapter>(
    chapterThemes.map((theme) => [theme.code, { theme, recommendations: [], crossReferences: [] }]),
  );
  let number = 0;
  for (const theme of chapterThemes) {
    for (const entry of adopted) {
      if (homeOf(entry) === theme.code)
        chapters.get(theme.code)?.recommendations.push({ number: ++number, ...entry });
    }
  }
  // Cross-references in number order, once per chapter however often a theme is repeated.
  for (const chapter of chapters.values()) {
    for (const entry of chapter.recommendations) {
      for (const code of new Set(entry.themes)) {
        if (code === chapter.theme.code) continue;
        chapters.get(code)?.crossReferences.push({ number: entry.number, title: entry.title });
      }
    }
  }
  for (const chapter of chapters.values())
    chapter.crossReferences.sort((a, b) => a.number - b.number);

  const annexA = entries
    .filter((e) => e.disposition === 'noted')
    .map((entry) => ({ number: ++number, ...entry }));
  const cited = new Set([...adopted, ...annexA].flatMap((entry) => entry.themes));
  return {
    chapters: [...chapters.values()].filter(
      (c) => c.recommendations.length > 0 || c.crossReferences.length > 0,
    ),
    annexA,
    themes: chapterThemes.filter((theme) => cited.has(theme.code)),
  };
}
