//! The typed accounting API, one module per resource (`accounting/<resource>.rs`, named after
//! its Truto path segment).
//!
//! Every method runs over loopback HTTP against the mock's stateful store (seeded from the
//! example records in `truto-mock/fixtures/unified/accounting/`): each test asserts the exact
//! method, raw path and raw query the mock received (cursors worked out by hand: base64url of
//! `v1:accounting/<resource>:f:<n>`), the JSON body of writes, the decode of the seeded record
//! against values read from its fixture, and the decode of minimal, null-filled and hostile
//! records; an unknown id is a 404 `Error::Api`.

#[allow(dead_code)]
#[path = "ticketing/support.rs"]
mod support;

#[path = "accounting/accounts.rs"]
mod accounts;
#[path = "accounting/attachments.rs"]
mod attachments;
#[path = "accounting/budgets.rs"]
mod budgets;
#[path = "accounting/company_info.rs"]
mod company_info;
#[path = "accounting/contact_groups.rs"]
mod contact_groups;
#[path = "accounting/contacts.rs"]
mod contacts;
#[path = "accounting/credit_notes.rs"]
mod credit_notes;
#[path = "accounting/currencies.rs"]
mod currencies;
#[path = "accounting/employees.rs"]
mod employees;
#[path = "accounting/expenses.rs"]
mod expenses;
#[path = "accounting/invoices.rs"]
mod invoices;
#[path = "accounting/items.rs"]
mod items;
#[path = "accounting/journal_entries.rs"]
mod journal_entries;
#[path = "accounting/payments.rs"]
mod payments;
#[path = "accounting/purchase_orders.rs"]
mod purchase_orders;
#[path = "accounting/repeating_transactions.rs"]
mod repeating_transactions;
#[path = "accounting/reports.rs"]
mod reports;
#[path = "accounting/tax_rates.rs"]
mod tax_rates;
#[path = "accounting/tracking_categories.rs"]
mod tracking_categories;
#[path = "accounting/transactions.rs"]
mod transactions;
#[path = "accounting/vendor_credits.rs"]
mod vendor_credits;
