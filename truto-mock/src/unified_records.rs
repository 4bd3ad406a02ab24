//! Example records of the unified resources beyond ticketing, which seeded records are made
//! from (ticketing's are generated in `seed_gen` and `ticket_gen`).
//!
//! Each row of [`UNIFIED_EXAMPLES`] names a store (`<model>/<resource>`, e.g. `crm/contacts`,
//! as `routes::scope_to_model` names them) and gives one example record: a JSON object in
//! `fixtures/unified/<model>/<resource>.json`, written from the resource's page in Truto's API
//! reference, so that what the mock serves decodes into the SDK's typed model. Seeded record
//! `n` is that example with `id`, `created_at`, `updated_at`, `etag` and `remote_data` set by
//! `seed_gen`. A store without a row gets the generic `{"name": ...}` record.

use serde_json::{Map, Value};

/// `(store name, example record)` for the unified resources with an example.
pub(crate) const UNIFIED_EXAMPLES: &[(&str, &str)] = &[
    (
        "hris/companies",
        include_str!("../fixtures/unified/hris/companies.json"),
    ),
    (
        "hris/employees",
        include_str!("../fixtures/unified/hris/employees.json"),
    ),
    (
        "hris/employments",
        include_str!("../fixtures/unified/hris/employments.json"),
    ),
    (
        "hris/groups",
        include_str!("../fixtures/unified/hris/groups.json"),
    ),
    (
        "ats/candidates",
        include_str!("../fixtures/unified/ats/candidates.json"),
    ),
    (
        "accounting/invoices",
        include_str!("../fixtures/unified/accounting/invoices.json"),
    ),
    (
        "accounting/contacts",
        include_str!("../fixtures/unified/accounting/contacts.json"),
    ),
    (
        "accounting/accounts",
        include_str!("../fixtures/unified/accounting/accounts.json"),
    ),
    (
        "accounting/payments",
        include_str!("../fixtures/unified/accounting/payments.json"),
    ),
    (
        "accounting/items",
        include_str!("../fixtures/unified/accounting/items.json"),
    ),
    (
        "accounting/journal_entries",
        include_str!("../fixtures/unified/accounting/journal_entries.json"),
    ),
    (
        "accounting/expenses",
        include_str!("../fixtures/unified/accounting/expenses.json"),
    ),
    (
        "accounting/tax_rates",
        include_str!("../fixtures/unified/accounting/tax_rates.json"),
    ),
    (
        "accounting/tracking_categories",
        include_str!("../fixtures/unified/accounting/tracking_categories.json"),
    ),
    (
        "accounting/attachments",
        include_str!("../fixtures/unified/accounting/attachments.json"),
    ),
    (
        "accounting/budgets",
        include_str!("../fixtures/unified/accounting/budgets.json"),
    ),
    (
        "accounting/company_info",
        include_str!("../fixtures/unified/accounting/company_info.json"),
    ),
    (
        "accounting/contact_groups",
        include_str!("../fixtures/unified/accounting/contact_groups.json"),
    ),
    (
        "accounting/credit_notes",
        include_str!("../fixtures/unified/accounting/credit_notes.json"),
    ),
    (
        "accounting/purchase_orders",
        include_str!("../fixtures/unified/accounting/purchase_orders.json"),
    ),
    (
        "accounting/vendor_credits",
        include_str!("../fixtures/unified/accounting/vendor_credits.json"),
    ),
    (
        "accounting/transactions",
        include_str!("../fixtures/unified/accounting/transactions.json"),
    ),
    (
        "accounting/reports",
        include_str!("../fixtures/unified/accounting/reports.json"),
    ),
    (
        "accounting/employees",
        include_str!("../fixtures/unified/accounting/employees.json"),
    ),
    (
        "accounting/currencies",
        include_str!("../fixtures/unified/accounting/currencies.json"),
    ),
    (
        "accounting/repeating_transactions",
        include_str!("../fixtures/unified/accounting/repeating_transactions.json"),
    ),
];

/// The example record of `store`, if it has one that is a JSON object (a broken fixture shows
/// up as a test failure, not a panic).
pub(crate) fn example(store: &str) -> Option<Map<String, Value>> {
    UNIFIED_EXAMPLES
        .iter()
        .find(|(name, _)| *name == store)
        .and_then(|(_, json)| serde_json::from_str::<Value>(json).ok())
        .and_then(|value| match value {
            Value::Object(fields) => Some(fields),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_is_an_object_of_a_model_scoped_store() {
        for (store, json) in UNIFIED_EXAMPLES {
            assert!(store.contains('/'), "{store}: name it <model>/<resource>");
            let value: Value = serde_json::from_str(json)
                .unwrap_or_else(|error| panic!("fixtures/unified/{store}.json: {error}"));
            assert!(value.is_object(), "{store}: not an object");
        }
    }
}
