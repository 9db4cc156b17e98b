//! Problems found in a toolkit, each located by file, line and column.

use std::fmt;
use std::ops::Range;

/// One problem: where it is and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    /// The file, relative to the toolkit folder, with `/` separators.
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// Collects problems while a toolkit is read.
#[derive(Debug, Default)]
pub struct Problems {
    found: Vec<Problem>,
}

impl Problems {
    /// A problem at a byte range of `source` (the text of `file`).
    pub fn at(&mut self, file: &str, source: &str, span: Range<usize>, message: impl Into<String>) {
        let (line, column) = line_and_column(source, span.start);
        self.found.push(Problem {
            file: file.to_owned(),
            line,
            column,
            message: message.into(),
        });
    }

    /// A problem about a whole file (reported at its first line).
    pub fn in_file(&mut self, file: &str, message: impl Into<String>) {
        self.found.push(Problem {
            file: file.to_owned(),
            line: 1,
            column: 1,
            message: message.into(),
        });
    }

    /// A TOML or shape error from the parser, at the place it names.
    pub fn parse_error(&mut self, file: &str, source: &str, error: &toml::de::Error) {
        let message = plain_parse_message(error.message());
        match error.span() {
            Some(span) => self.at(file, source, span, message),
            None => self.in_file(file, message),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    pub fn count_in(&self, file: &str) -> usize {
        self.found.iter().filter(|p| p.file == file).count()
    }

    /// The problems in file order, then by place.
    pub fn into_sorted(mut self) -> Vec<Problem> {
        self.found.sort();
        self.found.dedup();
        self.found
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// The parser's messages, made to read as one plain sentence.
fn plain_parse_message(message: &str) -> String {
    let message = message.trim().trim_end_matches('.');
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return format!("unknown key {rest}: check the spelling against toolkit/README.md");
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return format!("missing key {rest}: add it (see toolkit/README.md for this kind of file)");
    }
    message.replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::line_and_column;

    #[test]
    fn lines_and_columns_count_from_one_in_characters() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(line_and_column(text, 0), (1, 1));
        assert_eq!(line_and_column(text, 6), (2, 1));
        assert_eq!(line_and_column(text, 10), (2, 4));
        assert_eq!(line_and_column(text, 999), (3, 1));
    }
}
