//! The toolkit's rules beyond its file formats: ids well formed and unique, every reference
//! pointing at something that exists, every factor with an indicator for every rating, every
//! question with exactly one correct answer, pass marks within 0-100, and so on. Each problem
//! points at the value at fault.

use std::collections::{BTreeMap, BTreeSet};

use toml::Spanned;

use super::load::{Parsed, Parts};
use super::problems::Problems;
use super::schema::{Manifest, Question, RequirementKind};
use crate::i18n::Lang;

/// Where a value sits: the file and its text, for locating problems.
#[derive(Clone, Copy)]
struct Place<'a> {
    file: &'a str,
    text: &'a str,
}

impl<'a> Place<'a> {
    fn of<T>(parsed: &'a Parsed<T>) -> Self {
        Place {
            file: &parsed.file,
            text: &parsed.text,
        }
    }

    fn problem<T>(self, problems: &mut Problems, at: &Spanned<T>, message: impl Into<String>) {
        problems.at(self.file, self.text, at.span(), message);
    }
}

/// Checks the manifest's languages; returns the source language and all declared languages.
pub(super) fn manifest_languages(
    manifest: &Manifest,
    file: &str,
    text: &str,
    problems: &mut Problems,
) -> (Lang, Vec<Lang>) {
    let place = Place { file, text };
    check_id(problems, place, &manifest.id, "toolkit");
    let mut declared = Vec::new();
    for code in manifest.languages.get_ref() {
        match Lang::from_code(code).filter(|l| l.code() == code) {
            Some(lang) if !declared.contains(&lang) => declared.push(lang),
            Some(_) => place.problem(
                problems,
                &manifest.languages,
                format!("`{code}` is listed twice in `languages`"),
            ),
            None => place.problem(
                problems,
                &manifest.languages,
                format!("`{code}` is not a language Dialogues offers: use en, cy, fr or nl"),
            ),
        }
    }
    let source = manifest.source_language.get_ref();
    let source_language =
        match Lang::from_code(source).filter(|l| declared.contains(l) && l.code() == source) {
            Some(lang) => lang,
            None => {
                place.problem(
                    problems,
                    &manifest.source_language,
                    format!("the source language `{source}` must be one of `languages`"),
                );
                Lang::En
            }
        };
    if declared.is_empty() {
        declared.push(source_language);
    }
    (source_language, declared)
}

/// Ids: lower-case letters, digits and hyphens, starting with a letter or digit.
fn check_id(problems: &mut Problems, place: Place<'_>, id: &Spanned<String>, what: &str) {
    let value = id.get_ref();
    let well_formed = value
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !well_formed {
        place.problem(
            problems,
            id,
            format!("the {what} id `{value}` may only use lower-case letters, digits and hyphens (for example `identity-belonging`)"),
        );
    }
}

/// Records ids and reports the second and later use of one.
struct Unique<'a> {
    what: &'a str,
    seen: BTreeMap<String, String>,
}

impl<'a> Unique<'a> {
    fn new(what: &'a str) -> Self {
        Self {
            what,
            seen: BTreeMap::new(),
        }
    }

    fn add(&mut self, problems: &mut Problems, place: Place<'_>, id: &Spanned<String>) {
        check_id(problems, place, id, self.what);
        if let Some(first) = self.seen.get(id.get_ref()) {
            place.problem(
                problems,
                id,
                format!(
                    "the {} id `{}` is already used in {first}: ids must be unique",
                    self.what,
                    id.get_ref()
                ),
            );
        } else {
            self.seen
                .insert(id.get_ref().clone(), place.file.to_owned());
        }
    }

    fn contains(&self, id: &str) -> bool {
        self.seen.contains_key(id)
    }
}

/// Every rule, over every parsed source file.
pub(super) fn rules(parts: &Parts, problems: &mut Problems) {
    let (factors, scale) = formulation(parts, problems);
    modules(parts, &factors, problems);
    let requirements = training(parts, problems);
    refresher(parts, &requirements, problems);
    calibration(parts, &factors, &scale, problems);
}

fn formulation(parts: &Parts, problems: &mut Problems) -> (Unique<'static>, Vec<String>) {
    let mut factors = Unique::new("factor");
    let Some(framework) = &parts.framework else {
        problems.in_file("formulation/framework.toml", "there is no formulation/framework.toml: add the rating scale and the domains (see toolkit/README.md)");
        return (factors, Vec::new());
    };
    let place = Place::of(framework);
    let source = &framework.source;

    let mut scale_ids = Unique::new("rating");
    let mut ranks = BTreeSet::new();
    for point in source.scale.get_ref() {
        scale_ids.add(problems, place, &point.id);
        if let Some(rank) = point.rank
            && !ranks.insert(rank)
        {
            place.problem(
                problems,
                &point.id,
                format!(
                    "the rank {rank} is given to two ratings: each rank is one step of the scale"
                ),
            );
        }
    }
    if ranks.is_empty() {
        place.problem(
            problems,
            &source.scale,
            "the scale has no ranked rating: give the ordinal ratings a `rank` (0, 1, 2, …)",
        );
    }
    let scale: Vec<String> = source
        .scale
        .get_ref()
        .iter()
        .map(|p| p.id.get_ref().clone())
        .collect();

    let mut domain_ids = Unique::new("domain");
    let mut domain_files = BTreeMap::new();
    for domain in source.domains.get_ref() {
        domain_ids.add(problems, place, &domain.id);
        let path = format!("formulation/{}", domain.file.get_ref());
        if !parts.domains.iter().any(|d| d.file == path) {
            place.problem(
                problems,
                &domain.file,
                format!("{path} does not exist: add it, or correct `file`"),
            );
        }
        domain_files.insert(path, domain.id.get_ref().clone());
    }

    for domain in &parts.domains {
        let place = Place::of(domain);
        match domain_files.get(&domain.file) {
            None => problems.in_file(&domain.file, "framework.toml does not list this file under `domains`: list it there, or remove it"),
            Some(id) if id != domain.source.domain.get_ref() => place.problem(
                problems,
                &domain.source.domain,
                format!("framework.toml lists this file for the domain `{id}`, but it says `{}`", domain.source.domain.get_ref()),
            ),
            Some(_) => {}
        }
        if domain.source.factors.get_ref().is_empty() {
            place.problem(
                problems,
                &domain.source.factors,
                "this domain has no factors",
            );
        }
        for factor in domain.source.factors.get_ref() {
            factors.add(problems, place, &factor.id);
            let indicators = factor.indicators.get_ref();
            for rating in &scale {
                match indicators.get(rating) {
                    None => place.problem(
                        problems,
                        &factor.indicators,
                        format!("the factor `{}` has no indicator for the rating `{rating}`: say what would indicate it", factor.id.get_ref()),
                    ),
                    Some(toml::Value::String(text)) if text.trim().is_empty() => place.problem(
                        problems,
                        &factor.indicators,
                        format!("the indicator for `{rating}` of `{}` is empty", factor.id.get_ref()),
                    ),
                    Some(toml::Value::String(_)) => {}
                    Some(_) => place.problem(problems, &factor.indicators, format!("the indicator for `{rating}` should be text")),
                }
            }
            for key in indicators.keys() {
                if !scale.contains(key) {
                    place.problem(
                        problems,
                        &factor.indicators,
                        format!(
                            "`{key}` is not a rating of the scale in framework.toml ({})",
                            scale.join(", ")
                        ),
                    );
                }
            }
        }
    }
    (factors, scale)
}

fn modules(parts: &Parts, factors: &Unique<'_>, problems: &mut Problems) {
    let mut ids = Unique::new("module");
    let mut orders: BTreeMap<u32, String> = BTreeMap::new();
    if parts.modules.is_empty() {
        problems.in_file(
            "modules/",
            "there are no session modules: add at least one file to modules/",
        );
    }
    for module in &parts.modules {
        let place = Place::of(module);
        let source = &module.source;
        ids.add(problems, place, &source.id);
        let file_stem = module
            .file
            .trim_start_matches("modules/")
            .trim_end_matches(".toml");
        if !file_stem.ends_with(source.id.get_ref().as_str()) {
            place.problem(
                problems,
                &source.id,
                format!(
                    "the file name should end with the module id: rename it to modules/NN-{}.toml",
                    source.id.get_ref()
                ),
            );
        }
        if let Some(other) = orders.insert(*source.order.get_ref(), module.file.clone()) {
            place.problem(
                problems,
                &source.order,
                format!("{other} has the same `order`: give each module its own place"),
            );
        }
        if source.stages.get_ref().is_empty() {
            place.problem(
                problems,
                &source.stages,
                "this module has no stages: add at least one [[stages]]",
            );
        }
        let mut stage_ids = Unique::new("stage");
        for stage in source.stages.get_ref() {
            stage_ids.add(problems, place, &stage.id);
            for factor in &stage.informs {
                if !factors.contains(factor.get_ref()) {
                    place.problem(
                        problems,
                        factor,
                        format!("`{}` is not a factor of the formulation framework: use a factor id from formulation/", factor.get_ref()),
                    );
                }
            }
        }
    }
}

fn training(parts: &Parts, problems: &mut Problems) -> BTreeMap<String, RequirementKind> {
    let mut kinds = BTreeMap::new();
    let Some(training) = &parts.training else {
        problems.in_file("training/requirements.toml", "there is no training/requirements.toml: add the training requirements (see toolkit/README.md)");
        return kinds;
    };
    let place = Place::of(training);
    let mut groups = Unique::new("staff group");
    for group in &training.source.staff_groups {
        groups.add(problems, place, &group.id);
    }
    let mut ids = Unique::new("requirement");
    for requirement in &training.source.requirements {
        ids.add(problems, place, &requirement.id);
        kinds.insert(requirement.id.get_ref().clone(), requirement.kind);
        for group in &requirement.staff_groups {
            if !groups.contains(group.get_ref()) {
                place.problem(
                    problems,
                    group,
                    format!(
                        "`{}` is not a staff group: use one of the [[staff_groups]] ids",
                        group.get_ref()
                    ),
                );
            }
        }
        if let Some(mark) = &requirement.pass_mark {
            check_percent(problems, place, mark);
        } else if matches!(
            requirement.kind,
            RequirementKind::Elearning | RequirementKind::Refresher
        ) {
            place.problem(
                problems,
                &requirement.id,
                format!(
                    "`{}` is assessed, so it needs a `pass_mark` (0-100)",
                    requirement.id.get_ref()
                ),
            );
        }
        if let Some(months) = &requirement.validity_months
            && *months.get_ref() <= 0
        {
            place.problem(problems, months, "`validity_months` must be a whole number above 0; leave it out if the training does not expire");
        }
        if let Some(days) = &requirement.due_soon_days
            && *days.get_ref() < 0
        {
            place.problem(problems, days, "`due_soon_days` cannot be negative");
        }
        let mut module_ids = Unique::new("course module");
        for module in &requirement.modules {
            module_ids.add(problems, place, &module.id);
        }
    }
    let requires = &training.source.facilitation.requires;
    if requires.get_ref().is_empty() {
        place.problem(
            problems,
            requires,
            "`requires` is empty: list the training that facilitating needs",
        );
    }
    for group in requires.get_ref() {
        if group.is_empty() {
            place.problem(
                problems,
                requires,
                "a group in `requires` is empty: each group names at least one requirement",
            );
        }
        for id in group {
            if !ids.contains(id.get_ref()) {
                place.problem(
                    problems,
                    id,
                    format!(
                        "`{}` is not a requirement: use one of the [[requirements]] ids",
                        id.get_ref()
                    ),
                );
            }
        }
    }
    kinds
}

fn check_percent(problems: &mut Problems, place: Place<'_>, mark: &Spanned<i64>) {
    if !(0..=100).contains(mark.get_ref()) {
        place.problem(
            problems,
            mark,
            format!(
                "the pass mark {} is outside 0-100: give a percentage",
                mark.get_ref()
            ),
        );
    }
}

fn refresher(
    parts: &Parts,
    requirements: &BTreeMap<String, RequirementKind>,
    problems: &mut Problems,
) {
    let mut question_ids = Unique::new("question");
    let mut scenario_ids = Unique::new("scenario");
    let mut topics = Unique::new("topic");
    let mut bank_questions = 0usize;
    for scenario in &parts.scenarios {
        let place = Place::of(scenario);
        scenario_ids.add(problems, place, &scenario.source.id);
        questions(
            problems,
            place,
            &scenario.source.questions,
            &mut question_ids,
        );
    }
    for bank in &parts.banks {
        let place = Place::of(bank);
        topics.add(problems, place, &bank.source.topic);
        bank_questions += bank.source.questions.get_ref().len();
        questions(problems, place, &bank.source.questions, &mut question_ids);
    }
    let Some(settings) = &parts.refresher else {
        problems.in_file("refresher/refresher.toml", "there is no refresher/refresher.toml: add the refresher settings (see toolkit/README.md)");
        return;
    };
    let place = Place::of(settings);
    let source = &settings.source;
    match requirements.get(source.requirement.get_ref()) {
        Some(RequirementKind::Refresher) => {}
        Some(_) => place.problem(problems, &source.requirement, "this requirement is not of kind \"refresher\": a refresher pass can only update a refresher"),
        None => place.problem(
            problems,
            &source.requirement,
            format!("`{}` is not a requirement in training/requirements.toml", source.requirement.get_ref()),
        ),
    }
    check_percent(problems, place, &source.pass_mark);
    let scenarios = parts.scenarios.len();
    let wanted_scenarios = *source.scenarios_per_attempt.get_ref() as usize;
    if wanted_scenarios > scenarios {
        place.problem(
            problems,
            &source.scenarios_per_attempt,
            format!(
                "an attempt asks for {wanted_scenarios} scenarios but there are only {scenarios}"
            ),
        );
    }
    let wanted_questions = *source.questions_per_attempt.get_ref() as usize;
    if wanted_questions == 0 || wanted_questions > bank_questions {
        place.problem(
            problems,
            &source.questions_per_attempt,
            format!("an attempt asks for {wanted_questions} questions; give a number from 1 to {bank_questions} (the questions in refresher/questions/)"),
        );
    }
}

fn questions(
    problems: &mut Problems,
    place: Place<'_>,
    list: &Spanned<Vec<Question>>,
    ids: &mut Unique<'_>,
) {
    if list.get_ref().is_empty() {
        place.problem(
            problems,
            list,
            "there are no questions here: add at least one [[questions]]",
        );
    }
    for question in list.get_ref() {
        ids.add(problems, place, &question.id);
        let options = question.options.get_ref();
        let correct = options.iter().filter(|o| o.correct).count();
        if options.len() < 2 {
            place.problem(
                problems,
                &question.options,
                format!(
                    "the question `{}` needs at least two options",
                    question.id.get_ref()
                ),
            );
        }
        if correct == 0 {
            place.problem(
                problems,
                &question.options,
                format!("the question `{}` has no correct answer: mark one option with `correct = true`", question.id.get_ref()),
            );
        } else if correct > 1 {
            place.problem(
                problems,
                &question.options,
                format!(
                    "the question `{}` has {correct} correct answers: mark exactly one",
                    question.id.get_ref()
                ),
            );
        }
    }
}

fn calibration(parts: &Parts, factors: &Unique<'_>, scale: &[String], problems: &mut Problems) {
    let mut ids = Unique::new("vignette");
    for vignette in &parts.vignettes {
        let place = Place::of(vignette);
        ids.add(problems, place, &vignette.source.id);
        let mut rated = BTreeSet::new();
        for reference in vignette.source.reference.get_ref() {
            let factor = reference.factor.get_ref();
            if !factors.contains(factor) {
                place.problem(
                    problems,
                    &reference.factor,
                    format!("`{factor}` is not a factor of the formulation framework"),
                );
            } else if !rated.insert(factor.clone()) {
                place.problem(
                    problems,
                    &reference.factor,
                    format!("`{factor}` is rated twice: keep one reference rating per factor"),
                );
            }
            if !scale.contains(reference.rating.get_ref()) {
                place.problem(
                    problems,
                    &reference.rating,
                    format!(
                        "`{}` is not a rating of the scale ({})",
                        reference.rating.get_ref(),
                        scale.join(", ")
                    ),
                );
            }
        }
        let missing: Vec<&String> = factors
            .seen
            .keys()
            .filter(|f| !rated.contains(*f))
            .collect();
        if !missing.is_empty() {
            place.problem(
                problems,
                &vignette.source.reference,
                format!(
                    "no reference rating for {}: a vignette rates every factor",
                    missing
                        .iter()
                        .map(|f| format!("`{f}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
}
