//! An attempt's plan: which questions, in which order, with their answer options shuffled;
//! and how an attempt is scored. Pure: the random source is passed in.
//!
//! The plan stores toolkit ids only, so the learner can switch language mid-attempt, and a
//! question removed from the toolkit later is detected rather than shown wrongly.

use rand::Rng;
use rand::seq::SliceRandom;
use serde::{Deserialize, Serialize};

use crate::toolkit::Content;
use crate::toolkit::schema::{Question, Scenario};

/// Where a question comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "kebab-case")]
pub enum Source {
    Scenario(String),
    Bank(String),
}

/// One question of an attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub source: Source,
    pub question: String,
    /// The toolkit's option indexes in the order they are shown (the correct answer is often
    /// written first in the files, so the order is always shuffled).
    pub order: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub items: Vec<Item>,
}

/// Draws an attempt: `scenarios_per_attempt` scenarios at random (each with its questions in
/// their written order, as they follow a story), then `questions_per_attempt` questions drawn
/// at random from all the banks, in random order.
pub fn draw(content: &Content, rng: &mut impl Rng) -> Plan {
    let settings = &content.refresher;
    let mut items = Vec::new();

    let mut scenarios: Vec<&Scenario> = content.scenarios.iter().map(|s| &s.value).collect();
    scenarios.shuffle(rng);
    for scenario in scenarios
        .into_iter()
        .take(*settings.scenarios_per_attempt.get_ref() as usize)
    {
        for question in scenario.questions.get_ref() {
            items.push(item(
                Source::Scenario(scenario.id.get_ref().clone()),
                question,
                rng,
            ));
        }
    }

    let mut pool: Vec<(&str, &Question)> = content
        .banks
        .iter()
        .flat_map(|bank| {
            bank.questions
                .get_ref()
                .iter()
                .map(move |q| (bank.topic.get_ref().as_str(), q))
        })
        .collect();
    pool.shuffle(rng);
    for (topic, question) in pool
        .into_iter()
        .take(*settings.questions_per_attempt.get_ref() as usize)
    {
        items.push(item(Source::Bank(topic.to_owned()), question, rng));
    }
    Plan { items }
}

fn item(source: Source, question: &Question, rng: &mut impl Rng) -> Item {
    let mut order: Vec<usize> = (0..question.options.get_ref().len()).collect();
    order.shuffle(rng);
    Item {
        source,
        question: question.id.get_ref().clone(),
        order,
    }
}

/// A planned question found in the toolkit.
pub struct Resolved<'a> {
    pub question: &'a Question,
    pub scenario: Option<&'a Scenario>,
}

/// Finds an item's question (and scenario) in `content`; `None` if the toolkit no longer has
/// it or its options changed in number.
pub fn resolve<'a>(content: &'a Content, item: &Item) -> Option<Resolved<'a>> {
    let (questions, scenario) = match &item.source {
        Source::Scenario(id) => {
            let scenario = &content
                .scenarios
                .iter()
                .find(|s| s.id.get_ref() == id)?
                .value;
            (scenario.questions.get_ref(), Some(scenario))
        }
        Source::Bank(topic) => (
            content
                .banks
                .iter()
                .find(|b| b.topic.get_ref() == topic)?
                .questions
                .get_ref(),
            None,
        ),
    };
    let question = questions
        .iter()
        .find(|q| q.id.get_ref() == &item.question)?;
    (question.options.get_ref().len() == item.order.len())
        .then_some(Resolved { question, scenario })
}

/// Whether the option at toolkit index `chosen` is a right answer.
pub fn is_correct(question: &Question, chosen: usize) -> bool {
    question
        .options
        .get_ref()
        .get(chosen)
        .is_some_and(|o| o.correct)
}

/// An attempt's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Rounded down, for display.
    pub percent: u8,
    pub passed: bool,
}

/// Scores an attempt. The pass is decided exactly (`correct / total >= pass_mark / 100`), so
/// 80% is a pass at a pass mark of 80 and 79.9% is not.
pub fn outcome(correct: u32, total: u32, pass_mark: u8) -> Outcome {
    if total == 0 {
        return Outcome {
            percent: 0,
            passed: false,
        };
    }
    Outcome {
        percent: (correct * 100 / total) as u8,
        passed: correct * 100 >= u32::from(pass_mark) * total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::toolkit::Toolkit;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    #[test]
    fn eighty_percent_passes_and_less_does_not() {
        assert!(outcome(8, 10, 80).passed);
        assert_eq!(outcome(8, 10, 80).percent, 80);
        assert!(!outcome(7, 10, 80).passed);
        assert!(outcome(16, 20, 80).passed);
        assert!(!outcome(15, 20, 80).passed);
        // 14/18 is 77.8%: a fail; 15/18 is 83.3%: a pass.
        assert!(!outcome(14, 18, 80).passed);
        assert!(outcome(15, 18, 80).passed);
        assert!(!outcome(0, 0, 80).passed);
    }

    #[test]
    fn an_attempt_has_the_toolkit_numbers_of_scenarios_and_questions_all_resolvable() {
        let toolkit = Toolkit::builtin().unwrap();
        let content = toolkit.content(toolkit.source_language);
        let mut rng = StdRng::seed_from_u64(7);
        let plan = draw(content, &mut rng);
        let scenarios: std::collections::BTreeSet<&Source> = plan
            .items
            .iter()
            .filter(|i| matches!(i.source, Source::Scenario(_)))
            .map(|i| &i.source)
            .collect();
        assert_eq!(
            scenarios.len(),
            *content.refresher.scenarios_per_attempt.get_ref() as usize
        );
        let bank_questions = plan
            .items
            .iter()
            .filter(|i| matches!(i.source, Source::Bank(_)))
            .count();
        assert_eq!(
            bank_questions,
            *content.refresher.questions_per_attempt.get_ref() as usize
        );
        for item in &plan.items {
            let resolved = resolve(content, item).expect("every drawn question resolves");
            let mut sorted = item.order.clone();
            sorted.sort();
            assert_eq!(
                sorted,
                (0..resolved.question.options.get_ref().len()).collect::<Vec<_>>()
            );
        }
        // The same ids resolve in every language.
        for lang in crate::i18n::Lang::ALL {
            for item in &plan.items {
                assert!(resolve(toolkit.content(lang), item).is_some());
            }
        }
    }

    #[test]
    fn draws_differ_and_options_are_shuffled() {
        let toolkit = Toolkit::builtin().unwrap();
        let content = toolkit.content(toolkit.source_language);
        let mut rng = StdRng::seed_from_u64(1);
        let plans: Vec<Plan> = (0..20).map(|_| draw(content, &mut rng)).collect();
        let distinct: std::collections::HashSet<Vec<String>> = plans
            .iter()
            .map(|p| p.items.iter().map(|i| i.question.clone()).collect())
            .collect();
        assert!(distinct.len() > 1, "every draw was the same");
        // Where the right answer is shown: over many questions, not always in one place.
        let mut positions = std::collections::HashSet::new();
        for plan in &plans {
            for item in &plan.items {
                let question = resolve(content, item).unwrap().question;
                let right = (0..question.options.get_ref().len())
                    .find(|&i| is_correct(question, i))
                    .unwrap();
                positions.insert(item.order.iter().position(|&o| o == right).unwrap());
            }
        }
        assert!(
            positions.len() >= 3,
            "right answers shown only at {positions:?}"
        );
    }
}
