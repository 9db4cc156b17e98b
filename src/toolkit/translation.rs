//! Translations: `X.cy.toml` beside `X.toml` is a copy of the source with its text translated.
//!
//! [`merge`] walks a translation against its source: every text value of the source must have
//! a translation at the same place; structural values (ids, references, numbers: see
//! `schema::STRUCTURAL_KEYS`) may be left out and, where given, must equal the source; lists
//! keep their length and order; nothing may be added. It returns the source document with the
//! translated text in it, ready to be read as the same type as the source, and reports every
//! difference at its place in the translation file.

use toml::Spanned;
use toml::Value;
use toml::de::{DeTable, DeValue};

use super::problems::Problems;
use super::schema::STRUCTURAL_KEYS;

struct Walk<'a> {
    file: &'a str,
    text: &'a str,
    problems: &'a mut Problems,
}

/// Merges the translation `text` (of file `file`) into `source`. Returns `None` if the
/// translation could not be parsed at all.
pub fn merge(file: &str, text: &str, source: &Value, problems: &mut Problems) -> Option<Value> {
    let table = match DeTable::parse(text) {
        Ok(table) => table,
        Err(e) => {
            problems.parse_error(file, text, &e);
            return None;
        }
    };
    let span = table.span();
    let root = Spanned::new(span, DeValue::Table(table.into_inner()));
    let mut walk = Walk {
        file,
        text,
        problems,
    };
    Some(walk.value(source, &root, "", false))
}

impl Walk<'_> {
    fn problem(&mut self, at: &Spanned<DeValue<'_>>, message: String) {
        self.problems.at(self.file, self.text, at.span(), message);
    }

    fn value(
        &mut self,
        source: &Value,
        translated: &Spanned<DeValue<'_>>,
        path: &str,
        structural: bool,
    ) -> Value {
        match source {
            Value::Table(table) => self.table(source, table, translated, path, structural),
            Value::Array(items) => self.array(source, items, translated, path, structural),
            Value::String(text) if !structural => match translated.get_ref() {
                DeValue::String(t) if !t.trim().is_empty() => Value::String(t.to_string()),
                DeValue::String(_) => {
                    self.problem(
                        translated,
                        format!("`{path}` is empty: write the translation here"),
                    );
                    source.clone()
                }
                _ => {
                    self.problem(
                        translated,
                        format!("`{path}` should be text, as in the source: \"{text}\""),
                    );
                    source.clone()
                }
            },
            _ => {
                if to_value(translated.get_ref()) != *source {
                    self.problem(
                        translated,
                        format!("`{path}` must be the same as in the source ({source}): only text is translated"),
                    );
                }
                source.clone()
            }
        }
    }

    fn table(
        &mut self,
        source: &Value,
        table: &toml::Table,
        translated: &Spanned<DeValue<'_>>,
        path: &str,
        structural: bool,
    ) -> Value {
        let Some(translated_table) = translated.get_ref().as_table() else {
            self.problem(
                translated,
                format!("`{path}` should be a table, as in the source"),
            );
            return source.clone();
        };
        let mut merged = toml::Table::new();
        for (key, value) in table {
            let child_path = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            let child_structural = structural || is_structural(key, value);
            let merged_value = match translated_table.get(key.as_str()) {
                Some(child) => self.value(value, child, &child_path, child_structural),
                None => {
                    if !child_structural && contains_text(value) {
                        self.problem(
                            translated,
                            format!("missing translation of `{child_path}`: copy it from the source and translate it"),
                        );
                    }
                    value.clone()
                }
            };
            merged.insert(key.clone(), merged_value);
        }
        for key in translated_table.keys() {
            if !table.contains_key(key.get_ref().as_ref()) {
                let place = if path.is_empty() {
                    key.get_ref().to_string()
                } else {
                    format!("{path}.{}", key.get_ref())
                };
                let message = format!(
                    "`{place}` is not in the source file: remove it, or add it to the source first"
                );
                self.problems.at(self.file, self.text, key.span(), message);
            }
        }
        Value::Table(merged)
    }

    fn array(
        &mut self,
        source: &Value,
        items: &[Value],
        translated: &Spanned<DeValue<'_>>,
        path: &str,
        structural: bool,
    ) -> Value {
        let is_list_of_tables = items.iter().any(Value::is_table);
        if structural && !is_list_of_tables {
            if to_value(translated.get_ref()) != *source {
                self.problem(
                    translated,
                    format!("`{path}` must be the same as in the source ({source}): only text is translated"),
                );
            }
            return source.clone();
        }
        let Some(translated_items) = translated.get_ref().as_array() else {
            self.problem(
                translated,
                format!("`{path}` should be a list, as in the source"),
            );
            return source.clone();
        };
        if translated_items.len() != items.len() {
            self.problem(
                translated,
                format!(
                    "`{path}` has {} items but the source has {}: translate each item, in the same order",
                    translated_items.len(),
                    items.len()
                ),
            );
            return source.clone();
        }
        let merged = items
            .iter()
            .zip(translated_items.iter())
            .enumerate()
            .map(|(index, (item, translated_item))| {
                let label = item
                    .get("id")
                    .or_else(|| item.get("factor"))
                    .and_then(Value::as_str)
                    .map_or_else(|| (index + 1).to_string(), str::to_owned);
                self.value(
                    item,
                    translated_item,
                    &format!("{path}[{label}]"),
                    structural,
                )
            })
            .collect();
        Value::Array(merged)
    }
}

/// Whether a source value holds any text to translate.
fn contains_text(value: &Value) -> bool {
    match value {
        Value::String(_) => true,
        Value::Array(items) => items.iter().any(contains_text),
        Value::Table(table) => table
            .iter()
            .any(|(key, v)| !is_structural(key, v) && contains_text(v)),
        _ => false,
    }
}

/// Whether `key` holds structure rather than text. A list of tables (such as `[[staff_groups]]`)
/// is never structure as a whole, even where the same key names a list of references elsewhere.
fn is_structural(key: &str, value: &Value) -> bool {
    let list_of_tables = value
        .as_array()
        .is_some_and(|items| items.iter().any(Value::is_table));
    STRUCTURAL_KEYS.contains(&key) && !list_of_tables
}

/// A parsed value as a plain `Value`, for comparing structural values with the source.
fn to_value(value: &DeValue<'_>) -> Value {
    match value {
        DeValue::String(s) => Value::String(s.to_string()),
        DeValue::Integer(i) => {
            let digits: String = i.as_str().chars().filter(|c| *c != '_').collect();
            let digits = digits
                .trim_start_matches("0x")
                .trim_start_matches("0o")
                .trim_start_matches("0b");
            i64::from_str_radix(digits, i.radix())
                .map_or_else(|_| Value::String(i.as_str().to_owned()), Value::Integer)
        }
        DeValue::Float(f) => f
            .as_str()
            .replace('_', "")
            .parse()
            .map_or_else(|_| Value::String(f.as_str().to_owned()), Value::Float),
        DeValue::Boolean(b) => Value::Boolean(*b),
        DeValue::Datetime(d) => Value::Datetime(*d),
        DeValue::Array(items) => {
            Value::Array(items.iter().map(|v| to_value(v.get_ref())).collect())
        }
        DeValue::Table(table) => Value::Table(
            table
                .iter()
                .map(|(k, v)| (k.get_ref().to_string(), to_value(v.get_ref())))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(source: &str, translation: &str) -> (Option<Value>, Vec<String>) {
        let source: Value = toml::from_str(source).unwrap();
        let mut problems = Problems::default();
        let merged = merge("x.cy.toml", translation, &source, &mut problems);
        (
            merged,
            problems
                .into_sorted()
                .iter()
                .map(ToString::to_string)
                .collect(),
        )
    }

    #[test]
    fn text_is_replaced_and_structure_is_kept() {
        let (value, problems) = merged(
            "id = \"a\"\ntitle = \"Hello\"\n[[stages]]\nid = \"s\"\nquestions = [\"One?\", \"Two?\"]\ninforms = [\"f\"]\n",
            "title = \"Helo\"\n[[stages]]\nquestions = [\"Un?\", \"Dau?\"]\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        let value = value.unwrap();
        assert_eq!(value["id"].as_str(), Some("a"));
        assert_eq!(value["title"].as_str(), Some("Helo"));
        assert_eq!(value["stages"][0]["questions"][1].as_str(), Some("Dau?"));
        assert_eq!(value["stages"][0]["informs"][0].as_str(), Some("f"));
    }

    #[test]
    fn every_difference_is_located() {
        let (_, problems) = merged(
            "id = \"a\"\ntitle = \"Hello\"\nsummary = \"S\"\naims = [\"x\", \"y\"]\norder = 3\n",
            "id = \"b\"\ntitle = \"\"\naims = [\"x\"]\norder = 4\nextra = \"z\"\n",
        );
        let joined = problems.join("\n");
        assert!(
            joined.contains("x.cy.toml:1:6: `id` must be the same as in the source (\"a\")"),
            "{joined}"
        );
        assert!(
            joined.contains("x.cy.toml:2:9: `title` is empty"),
            "{joined}"
        );
        assert!(
            joined.contains("x.cy.toml:3:8: `aims` has 1 items but the source has 2"),
            "{joined}"
        );
        assert!(
            joined.contains("x.cy.toml:4:9: `order` must be the same as in the source (3)"),
            "{joined}"
        );
        assert!(
            joined.contains("x.cy.toml:5:1: `extra` is not in the source file"),
            "{joined}"
        );
        assert!(
            joined.contains("missing translation of `summary`"),
            "{joined}"
        );
    }
}
