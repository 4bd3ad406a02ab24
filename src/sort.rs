//! [`SortBy`] and [`SortDirection`]: the `sort_by` list parameter of unified lists
//! (`sort_by[created_at]=desc`), for any unified API.
//!
//! Source: the `users/list` page of Truto's API reference ("in format
//! `{ fieldName: direction }`. The direction can be `asc` or `desc`."); the ticketing list
//! pages of comments and collections list the same parameter.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::open_enum::open_enum;

open_enum! {
    /// The direction of a [`SortBy`] entry: `asc` or `desc` (the values the docs list).
    pub enum SortDirection {
        /// `asc`: ascending.
        Asc = "asc",
        /// `desc`: descending.
        Desc = "desc",
    }
}

/// The `sort_by` list parameter: fields and directions, in order, sent as
/// `sort_by[created_at]=desc&sort_by[name]=asc`.
///
/// Truto documents `sort_by` as an object "in format `{ fieldName: direction }`. The direction
/// can be asc or desc." Which fields sort, and whether more than one is honoured, depends on
/// the resource and the integration. Entries keep their order (a later entry for the same field
/// replaces the earlier one).
///
/// ```
/// use truto::SortBy;
///
/// #[derive(serde::Serialize)]
/// struct Q { sort_by: SortBy }
///
/// let q = Q { sort_by: SortBy::desc("created_at").then_asc("name") };
/// assert_eq!(
///     truto::query::to_query_string(&q).unwrap(),
///     "sort_by[created_at]=desc&sort_by[name]=asc"
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SortBy(Vec<(String, SortDirection)>);

impl SortBy {
    /// No sorting (encodes to nothing).
    pub fn new() -> Self {
        SortBy::default()
    }

    /// Sort by `field`, ascending.
    pub fn asc(field: impl Into<String>) -> Self {
        SortBy::new().then(field, SortDirection::Asc)
    }

    /// Sort by `field`, descending.
    pub fn desc(field: impl Into<String>) -> Self {
        SortBy::new().then(field, SortDirection::Desc)
    }

    /// Adds `field` in `direction` (replacing an earlier entry for the same field).
    #[must_use]
    pub fn then(mut self, field: impl Into<String>, direction: impl Into<SortDirection>) -> Self {
        let field = field.into();
        let direction = direction.into();
        match self.0.iter_mut().find(|(name, _)| *name == field) {
            Some(entry) => entry.1 = direction,
            None => self.0.push((field, direction)),
        }
        self
    }

    /// Adds `field`, ascending.
    #[must_use]
    pub fn then_asc(self, field: impl Into<String>) -> Self {
        self.then(field, SortDirection::Asc)
    }

    /// Adds `field`, descending.
    #[must_use]
    pub fn then_desc(self, field: impl Into<String>) -> Self {
        self.then(field, SortDirection::Desc)
    }

    /// The entries, in order.
    pub fn entries(&self) -> &[(String, SortDirection)] {
        &self.0
    }

    /// Whether no field is set.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for SortBy {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (field, direction) in &self.0 {
            map.serialize_entry(field, direction)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for SortBy {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SortByVisitor;

        impl<'de> Visitor<'de> for SortByVisitor {
            type Value = SortBy;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object of field names to `asc` or `desc`")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SortBy, A::Error> {
                let mut sort_by = SortBy::new();
                while let Some((field, direction)) = map.next_entry::<String, SortDirection>()? {
                    sort_by = sort_by.then(field, direction);
                }
                Ok(sort_by)
            }
        }

        deserializer.deserialize_map(SortByVisitor)
    }
}

#[cfg(all(test, feature = "ticketing"))]
mod tests {
    use super::*;
    use crate::ticketing::test_support::{decode, json, qs, text};
    use crate::IdFilter;

    #[test]
    fn sort_by_keeps_order_and_unknown_directions() {
        let sort = SortBy::desc("b").then_asc("a").then_desc("b");
        assert_eq!(sort.entries()[1], ("a".to_owned(), SortDirection::Asc));
        assert_eq!(text(&sort), r#"{"b":"desc","a":"asc"}"#);
        let decoded: SortBy = decode(r#"{"z":"asc","a":"DESC"}"#);
        assert_eq!(decoded.entries()[1].1, SortDirection::Other("DESC".into()));
        assert_eq!(text(&decoded), r#"{"z":"asc","a":"DESC"}"#);
        assert!(SortBy::new().is_empty());
        assert_eq!(qs(&json!({"sort_by": SortBy::new()})), "");
        assert_eq!(qs(&json!({"ticket": IdFilter::from("7")})), "ticket[id]=7");
    }
}
