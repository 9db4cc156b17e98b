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
