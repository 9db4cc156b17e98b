//! Form errors the GOV.UK way: a summary at the top of the page linking to each field, and the
//! same message beside the field. Handlers collect them here and pass them to the template,
//! which includes `partials/error_summary.html` and checks `errors.get("field")`.

/// One problem with one field.
#[derive(Debug, Clone)]
pub struct FieldError {
    /// The id of the input the summary links to.
    pub field: &'static str,
    /// The message, already in the page's language.
    pub message: String,
}

/// The problems found in a submitted form, in the order of the fields.
#[derive(Debug, Clone, Default)]
pub struct FormErrors(Vec<FieldError>);

impl FormErrors {
    pub fn add(&mut self, field: &'static str, message: String) {
        if self.get(field).is_none() {
            self.0.push(FieldError { field, message });
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The message for `field`, if it has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }
}

/// The `?done=…` a page is redirected to after a change, naming the success banner to show.
#[derive(Debug, Default, serde::Deserialize)]
pub struct DoneQuery {
    #[serde(default)]
    pub done: String,
}

/// A form read as its name-value pairs: checkbox lists arrive as repeated fields
/// (`role=a&role=b`), which `Form` into a struct cannot collect.
pub struct Pairs(pub Vec<(String, String)>);

impl Pairs {
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The first value of `name`, or empty.
    pub fn one(&self, name: &str) -> &str {
        self.all(name).first().copied().unwrap_or_default()
    }

    /// The first value of `name`, trimmed.
    pub fn trimmed(&self, name: &str) -> &str {
        self.one(name).trim()
    }
}

/// A GOV.UK date input as typed: three fields `<name>-day`, `<name>-month`, `<name>-year`,
/// kept as text so a page with errors shows exactly what was typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateInput {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateInput {
    pub fn from_pairs(pairs: &Pairs, name: &str) -> Self {
        DateInput {
            day: pairs.trimmed(&format!("{name}-day")).to_owned(),
            month: pairs.trimmed(&format!("{name}-month")).to_owned(),
            year: pairs.trimmed(&format!("{name}-year")).to_owned(),
        }
    }

    pub fn from_date(date: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        DateInput {
            day: date.day().to_string(),
            month: date.month().to_string(),
            year: date.year().to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.day.is_empty() && self.month.is_empty() && self.year.is_empty()
    }

    /// The date, `None` when all three fields are empty, or the message key of the problem.
    pub fn parse(&self) -> Result<Option<chrono::NaiveDate>, &'static str> {
        if self.is_empty() {
            return Ok(None);
        }
        if self.day.is_empty() || self.month.is_empty() || self.year.is_empty() {
            return Err("date-problem-incomplete");
        }
        let number = |text: &str| text.parse::<u32>().ok();
        match (number(&self.day), number(&self.month), number(&self.year)) {
            (Some(day), Some(month), Some(year)) if (1000..=9999).contains(&year) => {
                chrono::NaiveDate::from_ymd_opt(year as i32, month, day)
                    .map(Some)
                    .ok_or("date-problem-not-real")
            }
            _ => Err("date-problem-not-real"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(day: &str, month: &str, year: &str) -> DateInput {
        DateInput {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    #[test]
    fn date_inputs_parse_or_say_what_is_wrong() {
        assert_eq!(input("", "", "").parse(), Ok(None));
        assert_eq!(
            input("14", "3", "2026").parse(),
            Ok(chrono::NaiveDate::from_ymd_opt(2026, 3, 14))
        );
        assert_eq!(
            input("14", "", "2026").parse(),
            Err("date-problem-incomplete")
        );
        assert_eq!(
            input("31", "2", "2026").parse(),
            Err("date-problem-not-real")
        );
        assert_eq!(input("1", "1", "26").parse(), Err("date-problem-not-real"));
        assert_eq!(
            input("x", "1", "2026").parse(),
            Err("date-problem-not-real")
        );
    }
}
