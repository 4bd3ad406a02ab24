//! Shapes several accounting resources share: the line items of invoices, credit notes,
//! transactions, purchase orders, ...; the tracking categories they are tagged with; the contact
//! a document is raised for; postal addresses.
//!
//! Sources: the schema pages of `invoices` (`line_items[]`, `contact`) and `transactions`
//! (`tracking_categories[]` of the record) in `truto.one/docs/api-reference/unified-accounting-api`,
//! and `contacts` (`addresses[]`). Every field is optional; unknown fields are ignored.

use serde::{Deserialize, Serialize};

use super::amount::Amount;

/// A tracking category a line item is tagged with (`line_items[].tracking_categories[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct LineItemTrackingCategory {
    /// The ID of the tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The option of the tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
}

/// A line of an accounting document (`line_items[]` of invoices, transactions, ...), generic
/// over the type of its amounts (`quantity`, `unit_price`, `total_line_amount`,
/// `exchange_rate`, `tax_amount`, `discount_amount`, `discount_rate`).
///
/// Decoded answers use [`AccountingLineItem`] (amounts as `f64`, the JSON numbers the reference
/// documents); write bodies use [`AccountingLineItemInput`] (amounts as [`Amount`], so that a
/// body compares with `Eq` as every write body of the crate does). One shape, two amount types.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct LineItem<N> {
    /// The unique identifier for line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The ID of the item (references Items -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The ID of the account (references Accounts -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// The quantity of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<N>,
    /// The unit price of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<N>,
    /// The ID of the tax rate (references TaxRates -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_rate: Option<String>,
    /// The total line amount of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_line_amount: Option<N>,
    /// The type of the line item (no value list is documented).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Tracking categories of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_categories: Option<Vec<LineItemTrackingCategory>>,
    /// The currency of the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The exchange rate of the currency for the line item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_rate: Option<N>,
    /// The tax amount for the line item (documented on `invoices/create`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_amount: Option<N>,
    /// The discount amount for the line item (documented on `invoices/create`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_amount: Option<N>,
    /// The discount rate for the line item (documented on `invoices/create`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_rate: Option<N>,
}

/// A line item as Truto answers it: amounts as `f64`.
pub type AccountingLineItem = LineItem<f64>;

/// A line item in a write body (`line_items[]` of a create or update): amounts as [`Amount`].
pub type AccountingLineItemInput = LineItem<Amount>;

/// A tracking category a whole record is tagged with (`tracking_categories[]`).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct TrackingCategoryRef {
    /// The unique identifier for the tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// The contact a document is raised for or relates to (`contact`): `{id, name, type}`.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountingContactRef {
    /// The unique identifier for the contact (references Contacts -> id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The type of the contact - vendor or customer.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

/// A postal address (`addresses[]` of contacts and company info).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountingAddress {
    /// The unique identifier for address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The street 1 address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_1: Option<String>,
    /// The street 2 address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_2: Option<String>,
    /// The city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The type of the address.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}
