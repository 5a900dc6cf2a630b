export interface FrameworkTheme {
  code: string;
  number: number;
  title: string;
  shortTitle: string;
  /** Titles in other languages, when the framework data has them. */
  translations?: Record<string, { title?: string; shortTitle?: string }>;
}

export interface Framework {
  id: string;
  title: string;
  source: string;
  note?: string;
  /**
   * What the framework calls its themes, by language ("Objective" for the GCM's objectives):
   * the outcome document names its chapters' themes with it. English is the fallback.
   */
  themeTerm?: Record<string, string>;
  themes: FrameworkTheme[];
}
