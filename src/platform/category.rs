//! The `category` resource of the admin API (`/category`): the categories integrations are
//! grouped in (helpdesk, crm, ...).
//!
//! Sources: the official TypeScript SDK (`src/resources/category.ts`: `list` only, the type
//! `{name, label, created_at, updated_at}`) and Python SDK (`category.py`: `list`). Truto's API
//! reference has no stored page for it, so nothing here is confirmed by the reference; `name`
//! is required because the TypeScript type marks it so.
//!
//! Here: the model [`Category`]; its list query [`ListCategoriesQuery`]; its endpoints,
//! [`CategoriesApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::list_query::admin_list_query;
use crate::{truto_endpoint, Api, Client, Paginator};

/// A category of integrations, e.g. `helpdesk`.
///
/// `name` is required (the TypeScript SDK's type marks it so); every other field decodes from
/// `null` and from absence; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Category {
    /// The category's name, as integrations' `category` field spells it (e.g. `helpdesk`).
    pub name: String,
    /// Its human-readable label (e.g. `Helpdesk`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// When the category was created.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the category was last updated.
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
}

admin_list_query! {
    /// Query of `GET /category`: no source documents filters; send any with
    /// [`param`](Self::param).
    pub struct ListCategoriesQuery {}
}

/// The `category` resource: list (`/category`).
pub trait CategoriesApi: Api {
    /// Lists the categories of integrations.
    #[truto_endpoint(GET, "/category")]
    fn list_categories(&self, #[query] query: &ListCategoriesQuery) -> Paginator<Category>;
}

impl CategoriesApi for Client {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn category_decodes_with_nulls_and_unknown_fields() {
        let full: Category = serde_json::from_value(json!({
            "name": "helpdesk", "label": "Helpdesk",
            "created_at": "2024-01-05T12:00:00.000Z", "updated_at": null, "icon": "x"
        }))
        .unwrap();
        assert_eq!(full.name, "helpdesk");
        assert_eq!(full.label.as_deref(), Some("Helpdesk"));
        assert_eq!(
            full.created_at.map(|at| at.timestamp()),
            Some(1_704_456_000)
        );
        assert_eq!(full.updated_at, None);
        assert!(serde_json::from_value::<Category>(json!({"label": "x"})).is_err());
    }

    #[test]
    fn the_list_query_sends_limit_then_free_form_parameters() {
        let query = ListCategoriesQuery::new()
            .param("b", 2)
            .limit(5)
            .param("a", "x y");
        assert_eq!(
            crate::query::to_query_string(&query).unwrap(),
            "limit=5&a=x%20y&b=2"
        );
        assert_eq!(
            crate::query::to_query_string(&ListCategoriesQuery::new()).unwrap(),
            ""
        );
    }
}
