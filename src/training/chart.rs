//! The compliance chart's geometry: where each point of a percentage-over-time line goes in an
//! SVG drawn by the template (`templates/training/compliance_chart.html`).
//!
//! Drawn on the server so it reads without JavaScript; the page gives the same figures as a
//! table for screen readers and anyone who prefers numbers. (A chart crate was tried: the ones
//! that render SVG without fonts label the x axis with numbers only and link an external
//! stylesheet, which the page's content security policy would block.)

/// The drawing area, in SVG user units.
pub const WIDTH: u32 = 640;
pub const HEIGHT: u32 = 260;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 40.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;

/// One point with its label (a short date) and the value as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub label: String,
    pub value: String,
    /// Whether to print the label under the axis (every other one when crowded).
    pub show_label: bool,
}

/// A horizontal grid line.
#[derive(Debug, Clone, PartialEq)]
pub struct GridLine {
    pub y: f64,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    pub points: Vec<Point>,
    pub grid: Vec<GridLine>,
    /// The SVG path of the line through the points that have a value.
    pub path: String,
    pub left: f64,
    pub right: f64,
    pub bottom: f64,
}

impl LineChart {
    /// `values` are percentages (0–100) or `None` where there is nothing to show.
    pub fn percentages(values: &[(String, Option<u32>)]) -> Self {
        let plot_width = f64::from(WIDTH) - LEFT - RIGHT;
        let plot_height = f64::from(HEIGHT) - TOP - BOTTOM;
        let step = if values.len() > 1 {
            plot_width / (values.len() - 1) as f64
        } else {
            0.0
        };
        let y_of = |percent: f64| TOP + plot_height * (1.0 - percent / 100.0);
        let crowded = values.len() > 7;
        let points: Vec<Point> = values
            .iter()
            .enumerate()
            .map(|(i, (label, value))| Point {
                x: LEFT + step * i as f64,
                y: value.map_or(f64::NAN, |v| y_of(f64::from(v.min(100)))),
                label: label.clone(),
                value: value.map(|v| format!("{v}%")).unwrap_or_default(),
                show_label: !crowded || (values.len() - 1 - i).is_multiple_of(2),
            })
            .collect();
        let mut path = String::new();
        for point in points.iter().filter(|p| !p.y.is_nan()) {
            let command = if path.is_empty() { 'M' } else { 'L' };
            path.push_str(&format!("{command}{:.1} {:.1} ", point.x, point.y));
        }
        let grid = [0u32, 25, 50, 75, 100]
            .into_iter()
            .map(|p| GridLine {
                y: y_of(f64::from(p)),
                label: format!("{p}%"),
            })
            .collect();
        LineChart {
            points: points.into_iter().filter(|p| !p.y.is_nan()).collect(),
            grid,
            path: path.trim_end().to_owned(),
            left: LEFT,
            right: f64::from(WIDTH) - RIGHT,
            bottom: f64::from(HEIGHT) - BOTTOM,
        }
    }

    pub fn width(&self) -> u32 {
        WIDTH
    }

    pub fn height(&self) -> u32 {
        HEIGHT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_are_placed_by_percentage_and_gaps_are_left_out() {
        let chart = LineChart::percentages(&[
            ("Jan".into(), Some(0)),
            ("Feb".into(), None),
            ("Mar".into(), Some(100)),
        ]);
        assert_eq!(chart.points.len(), 2);
        assert_eq!(chart.points[0].y, f64::from(HEIGHT) - BOTTOM);
        assert_eq!(chart.points[1].y, TOP);
        assert_eq!(chart.points[1].x, f64::from(WIDTH) - RIGHT);
        assert_eq!(chart.path, "M48.0 220.0 L600.0 16.0");
        assert_eq!(chart.points[1].value, "100%");
    }
}
