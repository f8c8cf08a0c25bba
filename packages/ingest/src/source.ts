// What reading a source gives: articles, and what could not be read, by where it is.

/** One article read from a file: a text file, an HTML page, or one record of a JSON/JSON Lines file. */
export interface SourceArticle {
  id: string;
  text: string;
  title?: string;
  date?: string;
  url?: string;
  source?: string;
  /** Where it came from, for messages: `file`, `file:line` or `file[index]`. */
  origin: string;
}

/** A record that could not be read, reported by where it is. */
export interface ReadFailure {
  origin: string;
  message: string;
}

/** The articles of a file and the records of it that could not be read. */
export interface ReadResult {
  articles: SourceArticle[];
  failures: ReadFailure[];
}
