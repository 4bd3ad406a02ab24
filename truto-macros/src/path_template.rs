//! Parses an endpoint path such as `/things/{id}/parts/{part}` into literal pieces and
//! placeholders. `{name}` is one whole segment; `{*name}`, the tail, is the rest of the path
//! and may span several segments (its value's `/` are kept), so it comes last, at most once.
//!
//! Pure string work, no syn: errors carry the byte range they are about, so the caller can
//! point at the path literal (or a sub-span of it where the compiler supports that) and the
//! message can quote the offending part.

use std::collections::HashSet;
use std::ops::Range;

/// One piece of a path: text sent as written, or a placeholder filled from a parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Literal text, e.g. `/things/`.
    Literal(String),
    /// A `{name}` placeholder; always a whole segment.
    Placeholder(Placeholder),
}

/// A `{name}` or `{*name}` placeholder of the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Placeholder {
    /// The parameter name between the braces (without the `*` of a tail).
    pub(crate) name: String,
    /// Byte range of `{name}`, braces included.
    pub(crate) range: Range<usize>,
    /// `{*name}`: the value may contain `/`, kept as segment separators.
    pub(crate) tail: bool,
}

impl Placeholder {
    /// The placeholder as written, e.g. `{id}` or `{*path}`, for messages.
    pub(crate) fn written(&self) -> String {
        let star = if self.tail { "*" } else { "" };
        format!("{{{star}{}}}", self.name)
    }
}

/// Something wrong with the path, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TemplateError {
    /// The message shown to the user.
    pub(crate) message: String,
    /// Byte range of the offending text in the path.
    pub(crate) range: Range<usize>,
}

/// A parsed path: its pieces in order. Adjacent literal text is merged into one piece.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct PathTemplate {
    /// Literal pieces and placeholders, in path order.
    pub(crate) pieces: Vec<Piece>,
}

impl PathTemplate {
    /// Parses `path`, returning what could be parsed together with every error found.
    ///
    /// Placeholders with a malformed name are left out of the template, so later passes
    /// only see placeholders worth binding (and do not report them a second time).
    pub(crate) fn parse(path: &str) -> (PathTemplate, Vec<TemplateError>) {
        Parser {
            path,
            pieces: Vec::new(),
            literal: String::new(),
            errors: Vec::new(),
        }
        .run()
    }

    /// The placeholders, in path order.
    pub(crate) fn placeholders(&self) -> impl Iterator<Item = &Placeholder> {
        self.pieces.iter().filter_map(|piece| match piece {
            Piece::Placeholder(p) => Some(p),
            Piece::Literal(_) => None,
        })
    }
}

struct Parser<'a> {
    path: &'a str,
    pieces: Vec<Piece>,
    literal: String,
    errors: Vec<TemplateError>,
}

impl Parser<'_> {
    fn run(mut self) -> (PathTemplate, Vec<TemplateError>) {
        let path = self.path;
        if !path.starts_with('/') {
            self.error(
                0..path.len(),
                format!("the path must start with `/`, e.g. \"/{path}\""),
            );
        }
        let (mut seen_query, mut seen_fragment, mut seen_space) = (false, false, false);
        let mut i = 0;
        while let Some(c) = path[i..].chars().next() {
            let next = i + c.len_utf8();
            match c {
                '{' => {
                    i = self.placeholder(i);
                    continue;
                }
                '}' => self.error(
                    i..next,
                    "unmatched `}` in the path: placeholders look like `{name}`",
                ),
                '?' if !seen_query => {
                    seen_query = true;
                    self.error(
                        i..path.len(),
                        "the path must not contain `?`: query parameters come from the \
                         method's parameters (plain ones or `#[query]`)",
                    );
                }
                '#' if !seen_fragment => {
                    seen_fragment = true;
                    self.error(
                        i..path.len(),
                        "the path must not contain `#`: a fragment is never sent to the server",
                    );
                }
                c if (c.is_whitespace() || c.is_control()) && !seen_space => {
                    seen_space = true;
                    self.error(
                        i..next,
                        "the path must not contain whitespace or control characters",
                    );
                }
                c => self.literal.push(c),
            }
            i = next;
        }
        self.flush_literal();
        self.check_tails();
        self.check_duplicates();
        (
            PathTemplate {
                pieces: self.pieces,
            },
            self.errors,
        )
    }

    /// Parses the placeholder whose `{` is at byte `open`; returns where to continue.
    fn placeholder(&mut self, open: usize) -> usize {
        let path = self.path;
        let rest = &path[open + 1..];
        let Some(len) = rest
            .find(['{', '}'])
            .filter(|&at| rest[at..].starts_with('}'))
        else {
            // Unclosed: skip to the next `{` (or the end) and go on looking for more errors.
            let end = rest.find('{').map_or(path.len(), |at| open + 1 + at);
            self.error(
                open..end,
                format!(
                    "unclosed `{{` in the path at `{}`: placeholders look like `{{name}}`",
                    &path[open..end]
                ),
            );
            return end;
        };
        let close = open + 1 + len;
        let range = open..close + 1;
        let inner = &path[open + 1..close];
        let (tail, name) = match inner.strip_prefix('*') {
            Some(name) => (true, name),
            None => (false, inner),
        };
        let mut ok = true;
        if name.is_empty() {
            ok = false;
            let example = if tail { "{*path}" } else { "{id}" };
            let written = &path[range.clone()];
            self.error(
                range.clone(),
                format!(
                    "empty placeholder `{written}`: name the parameter it binds, e.g. `{example}`"
                ),
            );
        } else if !is_identifier(name) {
            ok = false;
            self.error(
                range.clone(),
                format!("placeholder `{{{inner}}}` is not a parameter name: use a Rust identifier"),
            );
        }
        // A placeholder must be a whole segment: `/` before it, `/` or the end after it.
        let starts_segment = path[..open].ends_with('/');
        let ends_segment = path[close + 1..].is_empty() || path[close + 1..].starts_with('/');
        if !(starts_segment && ends_segment) {
            ok = false;
            let seg_start = path[..open].rfind('/').map_or(0, |at| at + 1);
            let seg_end = path[close..].find('/').map_or(path.len(), |at| close + at);
            self.error(
                range.clone(),
                format!(
                    "placeholder `{}` must be a whole path segment, like `/items/{}`; \
                     found the segment `{}`",
                    &path[range.clone()],
                    &path[range.clone()],
                    &path[seg_start..seg_end]
                ),
            );
        }
        // Misplaced but well-formed tails stay in the template: they still bind their
        // parameter, so the only error is the one about their place.
        if tail && ok && !path[close + 1..].is_empty() {
            self.error(
                range.clone(),
                format!(
                    "the tail placeholder `{}` takes the rest of the path, so it must be the \
                     last segment; found `{}` after it",
                    &path[range.clone()],
                    &path[close + 1..]
                ),
            );
        }
        if ok {
            self.flush_literal();
            self.pieces.push(Piece::Placeholder(Placeholder {
                name: name.to_owned(),
                range,
                tail,
            }));
        }
        close + 1
    }

    fn check_tails(&mut self) {
        let mut tails = self.pieces.iter().filter_map(|piece| match piece {
            Piece::Placeholder(p) if p.tail => Some(p),
            _ => None,
        });
        let Some(first) = tails.next() else { return };
        let first = first.written();
        let more: Vec<_> = tails
            .map(|p| TemplateError {
                message: format!(
                    "a path has at most one tail placeholder: `{first}` already takes the rest \
                     of the path; write `{}` as `{{{}}}`",
                    p.written(),
                    p.name
                ),
                range: p.range.clone(),
            })
            .collect();
        self.errors.extend(more);
    }

    fn check_duplicates(&mut self) {
        let mut seen = HashSet::new();
        let mut duplicates = Vec::new();
        for p in self.pieces.iter().filter_map(|piece| match piece {
            Piece::Placeholder(p) => Some(p),
            Piece::Literal(_) => None,
        }) {
            if !seen.insert(p.name.as_str()) {
                duplicates.push(TemplateError {
                    message: format!(
                        "placeholder `{}` appears more than once in the path",
                        p.written()
                    ),
                    range: p.range.clone(),
                });
            }
        }
        self.errors.extend(duplicates);
    }

    fn flush_literal(&mut self) {
        if !self.literal.is_empty() {
            self.pieces
                .push(Piece::Literal(std::mem::take(&mut self.literal)));
        }
    }

    fn error(&mut self, range: Range<usize>, message: impl Into<String>) {
        self.errors.push(TemplateError {
            message: message.into(),
            range,
        });
    }
}

/// Whether `name` can be a Rust parameter name (`{type}` binds `r#type`).
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic());
    first_ok && name != "_" && chars.all(|c| c == '_' || c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Piece {
        Piece::Literal(s.to_owned())
    }

    fn ph(name: &str, range: Range<usize>) -> Piece {
        Piece::Placeholder(Placeholder {
            name: name.to_owned(),
            range,
            tail: false,
        })
    }

    fn tail(name: &str, range: Range<usize>) -> Piece {
        Piece::Placeholder(Placeholder {
            name: name.to_owned(),
            range,
            tail: true,
        })
    }

    fn ok(path: &str) -> Vec<Piece> {
        let (template, errors) = PathTemplate::parse(path);
        assert_eq!(errors, vec![], "unexpected errors for {path:?}");
        template.pieces
    }

    fn messages(path: &str) -> Vec<String> {
        PathTemplate::parse(path)
            .1
            .into_iter()
            .map(|e| e.message)
            .collect()
    }

    #[test]
    fn literal_only() {
        assert_eq!(
            ok("/unified/ticketing/tickets/import"),
            vec![lit("/unified/ticketing/tickets/import")]
        );
        assert_eq!(ok("/"), vec![lit("/")]);
    }

    #[test]
    fn placeholders_split_the_literal() {
        assert_eq!(
            ok("/things/{id}/parts/{part}"),
            vec![
                lit("/things/"),
                ph("id", 8..12),
                lit("/parts/"),
                ph("part", 19..25)
            ]
        );
        assert_eq!(ok("/a/{id}/"), vec![lit("/a/"), ph("id", 3..7), lit("/")]);
        assert_eq!(ok("/{type}"), vec![lit("/"), ph("type", 1..7)]);
        assert_eq!(ok("/{_id2}"), vec![lit("/"), ph("_id2", 1..7)]);
    }

    #[test]
    fn non_ascii_literal_keeps_char_boundaries() {
        assert_eq!(
            ok("/caf\u{e9}/{id}"),
            vec![lit("/caf\u{e9}/"), ph("id", 7..11)]
        );
    }

    #[test]
    fn needs_leading_slash() {
        assert_eq!(
            messages("things/{id}"),
            vec!["the path must start with `/`, e.g. \"/things/{id}\""]
        );
        assert_eq!(messages("").len(), 1);
    }

    #[test]
    fn rejects_query_fragment_and_whitespace_once() {
        let errors = PathTemplate::parse("/a?x=1&y=?#frag b").1;
        assert_eq!(errors.len(), 3);
        assert!(errors[0].message.contains("`?`"));
        assert_eq!(errors[0].range, 2..17);
        assert!(errors[1].message.contains("`#`"));
        assert!(errors[2].message.contains("whitespace"));
    }

    #[test]
    fn unbalanced_braces() {
        assert_eq!(
            messages("/a/{id"),
            vec!["unclosed `{` in the path at `{id`: placeholders look like `{name}`"]
        );
        assert_eq!(
            messages("/a/id}"),
            vec!["unmatched `}` in the path: placeholders look like `{name}`"]
        );
        // The unclosed one is reported and the next placeholder is still parsed.
        let (template, errors) = PathTemplate::parse("/a/{x/{id}");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].range, 3..6);
        assert_eq!(template.placeholders().count(), 1);
    }

    #[test]
    fn placeholder_names() {
        assert_eq!(
            messages("/a/{}"),
            vec!["empty placeholder `{}`: name the parameter it binds, e.g. `{id}`"]
        );
        assert_eq!(
            messages("/a/{item-id}"),
            vec!["placeholder `{item-id}` is not a parameter name: use a Rust identifier"]
        );
        assert_eq!(messages("/a/{1d}").len(), 1);
        assert_eq!(messages("/a/{_}").len(), 1);
    }

    #[test]
    fn placeholder_must_be_whole_segment() {
        assert_eq!(
            messages("/a/x{id}"),
            vec![
                "placeholder `{id}` must be a whole path segment, like `/items/{id}`; \
                 found the segment `x{id}`"
            ]
        );
        assert_eq!(messages("/a/{id}.json").len(), 1);
        assert_eq!(messages("/a/{a}{b}").len(), 2);
        // Not bound later: only well-formed placeholders reach the template.
        assert_eq!(PathTemplate::parse("/a/x{id}").0.placeholders().count(), 0);
    }

    #[test]
    fn duplicates() {
        let (template, errors) = PathTemplate::parse("/a/{id}/b/{id}");
        assert_eq!(
            errors,
            vec![TemplateError {
                message: "placeholder `{id}` appears more than once in the path".into(),
                range: 10..14,
            }]
        );
        assert_eq!(template.placeholders().count(), 2);
    }

    #[test]
    fn tail_placeholders() {
        assert_eq!(
            ok("/custom/{*path}"),
            vec![lit("/custom/"), tail("path", 8..15)]
        );
        assert_eq!(
            ok("/{model}/{*rest}"),
            vec![lit("/"), ph("model", 1..8), lit("/"), tail("rest", 9..16)]
        );
        let (template, _) = PathTemplate::parse("/a/{*p}");
        let written: Vec<_> = template.placeholders().map(Placeholder::written).collect();
        assert_eq!(written, ["{*p}"]);
    }

    #[test]
    fn tail_must_come_last_once() {
        let (template, errors) = PathTemplate::parse("/a/{*path}/b");
        assert_eq!(
            errors,
            vec![TemplateError {
                message: "the tail placeholder `{*path}` takes the rest of the path, so it must \
                          be the last segment; found `/b` after it"
                    .into(),
                range: 3..10,
            }]
        );
        // Still bound, so the parameter does not become a query parameter as well.
        assert_eq!(template.placeholders().count(), 1);
        assert_eq!(
            messages("/a/{*x}/{*y}"),
            vec![
                "the tail placeholder `{*x}` takes the rest of the path, so it must be the last \
                 segment; found `/{*y}` after it",
                "a path has at most one tail placeholder: `{*x}` already takes the rest of the \
                 path; write `{*y}` as `{y}`",
            ]
        );
        assert_eq!(
            messages("/a/{*x}/"),
            vec![
                "the tail placeholder `{*x}` takes the rest of the path, so it must be the last \
             segment; found `/` after it"
            ]
        );
    }

    #[test]
    fn tail_names_and_segments() {
        assert_eq!(
            messages("/a/{*}"),
            vec!["empty placeholder `{*}`: name the parameter it binds, e.g. `{*path}`"]
        );
        assert_eq!(
            messages("/a/{*a-b}"),
            vec!["placeholder `{*a-b}` is not a parameter name: use a Rust identifier"]
        );
        assert_eq!(messages("/a/{**x}").len(), 1);
        assert_eq!(messages("/a/x{*p}").len(), 1);
        assert_eq!(
            messages("/a/{id}/{*id}"),
            vec!["placeholder `{*id}` appears more than once in the path"]
        );
    }
}
