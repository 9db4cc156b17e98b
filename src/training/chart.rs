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
}

/// A horizontal grid line.
#[derive(Debug, Clone, PartialEq)]
pub struct GridLine {
    pub y: f64,
    pub label: String,
}

/// A label under the x axis.
#[derive(Debug, Clone, PartialEq)]
pub struct AxisLabel {
    pub x: f64,
    pub label: String,
}

/// One line: its points that have a value, and the SVG path through them.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub points: Vec<Point>,
    pub path: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    /// One line per series, in the order given.
    pub lines: Vec<Line>,
    pub grid: Vec<GridLine>,
    /// Every label when there is room, every other one (ending with the last) when crowded.
    pub axis: Vec<AxisLabel>,
    pub left: f64,
    pub right: f64,
    pub bottom: f64,
}

impl LineChart {
    /// One line of `values`, percentages (0–100) or `None` where there is nothing to show;
    /// `percent` writes a percentage the way the reader's language does.
    pub fn percentages(values: &[(String, Option<u32>)], percent: impl Fn(u32) -> String) -> Self {
        let labels: Vec<String> = values.iter().map(|(label, _)| label.clone()).collect();
        let series = [values.iter().map(|(_, value)| *value).collect::<Vec<_>>()];
        Self::percentage_lines(&labels, &series, percent)
    }

    /// Several lines over the same `labels`: each series has one value (or `None`) per label.
    pub fn percentage_lines(
        labels: &[String],
        series: &[Vec<Option<u32>>],
        percent: impl Fn(u32) -> String,
    ) -> Self {
        let plot_width = f64::from(WIDTH) - LEFT - RIGHT;
        let plot_height = f64::from(HEIGHT) - TOP - BOTTOM;
        let step = if labels.len() > 1 {
            plot_width / (labels.len() - 1) as f64
        } else {
            0.0
        };
        let x_of = |i: usize| LEFT + step * i as f64;
        let y_of = |percent: f64| TOP + plot_height * (1.0 - percent / 100.0);
        let crowded = labels.len() > 7;
        let lines = series
            .iter()
            .map(|values| {
                let points: Vec<Point> = labels
                    .iter()
                    .zip(values)
                    .enumerate()
                    .filter_map(|(i, (label, value))| {
                        value.map(|v| Point {
                            x: x_of(i),
                            y: y_of(f64::from(v.min(100))),
                            label: label.clone(),
                            value: percent(v),
                        })
                    })
                    .collect();
                let path = points
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        let command = if i == 0 { 'M' } else { 'L' };
                        format!("{command}{:.1} {:.1}", p.x, p.y)
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                Line { points, path }
            })
            .collect();
        let axis = labels
            .iter()
            .enumerate()
            .filter(|(i, _)| !crowded || (labels.len() - 1 - i).is_multiple_of(2))
            .map(|(i, label)| AxisLabel {
                x: x_of(i),
                label: label.clone(),
            })
            .collect();
        let grid = [0u32, 25, 50, 75, 100]
            .into_iter()
            .map(|p| GridLine {
                y: y_of(f64::from(p)),
                label: percent(p),
            })
            .collect();
        LineChart {
            lines,
            grid,
            axis,
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
        let chart = LineChart::percentages(
            &[
                ("Jan".into(), Some(0)),
                ("Feb".into(), None),
                ("Mar".into(), Some(100)),
            ],
            |p| format!("{p} pc"),
        );
        let line = &chart.lines[0];
        assert_eq!(line.points.len(), 2);
        assert_eq!(line.points[0].y, f64::from(HEIGHT) - BOTTOM);
        assert_eq!(line.points[1].y, TOP);
        assert_eq!(line.points[1].x, f64::from(WIDTH) - RIGHT);
        assert_eq!(line.path, "M48.0 220.0 L600.0 16.0");
        assert_eq!(line.points[1].value, "100 pc");
        assert_eq!(chart.grid[4].label, "100 pc");
        // The month without a value keeps its place and its label on the axis.
        let axis: Vec<&str> = chart.axis.iter().map(|a| a.label.as_str()).collect();
        assert_eq!(axis, ["Jan", "Feb", "Mar"]);
        assert_eq!(chart.axis[1].x, 324.0);
    }

    #[test]
    fn several_lines_share_the_axis_and_a_crowded_axis_keeps_the_last_label() {
        let labels: Vec<String> = (1..=9).map(|m| format!("M{m}")).collect();
        let first = vec![Some(50); 9];
        let mut second = vec![None; 9];
        second[8] = Some(25);
        let chart = LineChart::percentage_lines(&labels, &[first, second], |p| p.to_string());
        assert_eq!(chart.lines.len(), 2);
        assert_eq!(chart.lines[0].points.len(), 9);
        assert_eq!(chart.lines[1].points.len(), 1);
        assert_eq!(chart.lines[1].path, "M600.0 169.0");
        assert_eq!(chart.lines[1].points[0].x, chart.lines[0].points[8].x);
        let axis: Vec<&str> = chart.axis.iter().map(|a| a.label.as_str()).collect();
        assert_eq!(axis, ["M1", "M3", "M5", "M7", "M9"]);
    }
}
