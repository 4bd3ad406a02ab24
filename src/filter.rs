//! Filters of unified lists, for any unified API: [`Compare`], Truto's operator objects
//! (`created_at[gt]=...`), and [`IdFilter`], a filter or scope by id (`ticket[id]=...`).

use serde::{Deserialize, Serialize};

/// A filter with operators, sent as `field[op]=value` (e.g. `created_at[gt]=2024-01-01T00:00:00Z`).
///
/// Truto documents `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in` and `nin` on the fields each
/// resource lists as filterable; which operators a provider honours varies.
///
/// ```
/// use chrono::{DateTime, FixedOffset};
/// use truto::Compare;
///
/// #[derive(serde::Serialize)]
/// struct Filters { created_at: Compare<DateTime<FixedOffset>> }
///
/// let since = DateTime::parse_from_rfc3339("2024-01-01T00:00:00+02:00").unwrap();
/// let query = truto::query::to_query_string(&Filters { created_at: Compare::gt(since) }).unwrap();
/// assert_eq!(query, "created_at[gt]=2024-01-01T00%3A00%3A00%2B02%3A00");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Compare<T> {
    /// Equal to.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub eq: Option<T>,
    /// Not equal to.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub ne: Option<T>,
    /// Greater than.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub gt: Option<T>,
    /// Greater than or equal to.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub gte: Option<T>,
    /// Less than.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub lt: Option<T>,
    /// Less than or equal to.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub lte: Option<T>,
    /// One of.
    #[serde(
        rename = "in",
        default = "Vec::new",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub in_: Vec<T>,
    /// None of.
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    pub nin: Vec<T>,
}

fn none<T>() -> Option<T> {
    None
}

impl<T> Default for Compare<T> {
    fn default() -> Self {
        Compare {
            eq: None,
            ne: None,
            gt: None,
            gte: None,
            lt: None,
            lte: None,
            in_: Vec::new(),
            nin: Vec::new(),
        }
    }
}

impl<T> Compare<T> {
    /// `field[eq]=value`.
    pub fn eq(value: T) -> Self {
        Compare {
            eq: Some(value),
            ..Self::default()
        }
    }
    /// `field[gt]=value`.
    pub fn gt(value: T) -> Self {
        Compare {
            gt: Some(value),
            ..Self::default()
        }
    }
    /// `field[gte]=value`.
    pub fn gte(value: T) -> Self {
        Compare {
            gte: Some(value),
            ..Self::default()
        }
    }
    /// `field[lt]=value`.
    pub fn lt(value: T) -> Self {
        Compare {
            lt: Some(value),
            ..Self::default()
        }
    }
    /// `field[lte]=value`.
    pub fn lte(value: T) -> Self {
        Compare {
            lte: Some(value),
            ..Self::default()
        }
    }
    /// `field[in][]=a&field[in][]=b`.
    pub fn one_of(values: impl IntoIterator<Item = T>) -> Self {
        Compare {
            in_: values.into_iter().collect(),
            ..Self::default()
        }
    }
    /// Adds an upper bound: `field[lt]=value`.
    #[must_use]
    pub fn and_lt(mut self, value: T) -> Self {
        self.lt = Some(value);
        self
    }
    /// Adds an upper bound: `field[lte]=value`.
    #[must_use]
    pub fn and_lte(mut self, value: T) -> Self {
        self.lte = Some(value);
        self
    }
}

/// A filter or scope by id, sent as `name[id]=value` (e.g. `ticket[id]=4711`).
///
/// The documented shape of object-valued query parameters such as `ticket` on
/// `GET /unified/ticketing/comments` ("The ticket to which the comment belongs": `id`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
pub struct IdFilter {
    /// The id of the object to filter by.
    pub id: String,
}

impl IdFilter {
    /// A filter on this id.
    pub fn new(id: impl Into<String>) -> Self {
        IdFilter { id: id.into() }
    }
}

impl From<&str> for IdFilter {
    fn from(id: &str) -> Self {
        IdFilter::new(id)
    }
}

impl From<String> for IdFilter {
    fn from(id: String) -> Self {
        IdFilter::new(id)
    }
}
