//! Truto's unified accounting API (`/unified/accounting/...`), typed: the models, their write
//! bodies and list queries, and the endpoints, declared with `#[truto_endpoint]` and
//! implemented for [`Client`](crate::Client).
//!
//! Truto maps the accounting systems it integrates (QuickBooks, Xero, NetSuite, Zoho Books,
//! Sage Intacct, ...) onto one shape of 25 resources. Each typed resource has one file, named
//! after its path segment, holding its model, its write bodies, its list query and its
//! endpoint trait:
//!
//! | file | resource | trait |
//! |---|---|---|
//! | `invoices.rs` | [`AccountingInvoice`] (sales invoices and bills) | [`AccountingInvoicesApi`] |
//! | `contacts.rs` | [`AccountingContact`] (customers and vendors) | [`AccountingContactsApi`] |
//! | `accounts.rs` | [`AccountingAccount`] (chart of accounts) | [`AccountingAccountsApi`] |
//! | `payments.rs` | [`AccountingPayment`] (payments of invoices and bills) | [`AccountingPaymentsApi`] |
//! | `items.rs` | [`AccountingItem`] (products and services) | [`AccountingItemsApi`] |
//! | `journal_entries.rs` | [`JournalEntry`] (general ledger postings) | [`JournalEntriesApi`] |
//! | `expenses.rs` | [`AccountingExpense`] (purchases outside bills) | [`AccountingExpensesApi`] |
//! | `tax_rates.rs` | [`AccountingTaxRate`] (the rates line items refer to) | [`AccountingTaxRatesApi`] |
//! | `tracking_categories.rs` | [`TrackingCategory`] (classes, departments, locations) | [`TrackingCategoriesApi`] |
//! | `attachments.rs` | [`AccountingAttachment`] (files attached to records) | [`AccountingAttachmentsApi`] |
//! | `budgets.rs` | [`Budget`] (budgets per account and period) | [`BudgetsApi`] |
//! | `company_info.rs` | [`CompanyInfo`] (the company the books belong to) | [`CompanyInfoApi`] |
//! | `contact_groups.rs` | [`ContactGroup`] (groupings of contacts) | [`ContactGroupsApi`] |
//! | `credit_notes.rs` | [`AccountingCreditNote`] (credit owed to customers) | [`AccountingCreditNotesApi`] |
//! | `purchase_orders.rs` | [`AccountingPurchaseOrder`] (orders placed with vendors) | [`AccountingPurchaseOrdersApi`] |
//! | `vendor_credits.rs` | [`VendorCredit`] (credit vendors owe) | [`VendorCreditsApi`] |
//! | `transactions.rs` | [`AccountingTransaction`] (bank transactions and transfers) | [`AccountingTransactionsApi`] |
//! | `reports.rs` | [`AccountingReport`] (financial reports by name) | [`AccountingReportsApi`] |
//! | `employees.rs` | [`AccountingEmployee`] (employees of the books) | [`AccountingEmployeesApi`] |
//! | `currencies.rs` | [`AccountingCurrency`] (currencies enabled in the books) | [`AccountingCurrenciesApi`] |
//! | `repeating_transactions.rs` | [`RepeatingTransaction`] (recurring documents) | [`RepeatingTransactionsApi`] |
//!
//! Shared by several resources (`shared.rs`): [`LineItem`] with its two forms
//! [`AccountingLineItem`] (answers) and [`AccountingLineItemInput`] (write bodies), and
//! [`LineItemTrackingCategory`] (the lines of invoices, credit notes, transactions, ...),
//! [`TrackingCategoryRef`], [`AccountingContactRef`] and [`AccountingAddress`]; write bodies
//! take amounts as [`Amount`] (`amount.rs`), an `f64` that compares with `Eq`, as every write
//! body of the crate does. The crate-level
//! [`Email`](crate::Email), [`PhoneNumber`](crate::PhoneNumber) and
//! [`Reference`](crate::Reference) are reused where their shape fits.
//!
//! Naming: `truto::prelude` glob-imports the endpoint traits of every unified API and all are
//! implemented for [`Client`](crate::Client), so a resource that another unified API also has
//! (contacts, accounts, invoices, payments, items, attachments, employees, and, to be safe,
//! credit notes, purchase orders, tax rates, transactions, currencies, reports) carries the
//! `Accounting` prefix on its model, trait and methods (`AccountingContactsApi::
//! list_accounting_contacts`); only names no other Truto API uses (journal entries, tracking
//! categories, vendor credits, budgets, contact groups, company info, repeating transactions)
//! go without it.
//!
//! Amounts are the JSON numbers the reference documents, decoded as `f64`: the wire already
//! carries binary floating point, and a decimal type would suggest a precision the data does
//! not have. Dates documented as `date-time` decode with the crate's forgiving timestamp reader
//! (a bare `2024-03-31` is midnight UTC).
//!
//! Every file's docs name the reference pages it follows and what could not be confirmed
//! (many stored pages are cut off); `docs/coverage.md` lists every method.
//!
//! `use truto::accounting::prelude::*;` brings every trait of this module into scope (the
//! crate's [`prelude`](crate::prelude) has them too):
//!
//! ```no_run
//! use truto::accounting::prelude::*;
//! use truto::accounting::{AccountingInvoiceStatus, ListAccountingInvoicesQuery};
//! use truto::Client;
//!
//! # async fn demo(client: Client) -> truto::Result<()> {
//! let acme = client.for_account("62f44730-dd91-461e-bd6a-aedd9e0ad79d");
//! let paid = acme
//!     .list_accounting_invoices(
//!         &ListAccountingInvoicesQuery::default().status(AccountingInvoiceStatus::Paid),
//!     )
//!     .collect_all()
//!     .await?;
//! # let _ = paid; Ok(()) }
//! ```

mod accounts;
mod amount;
mod attachments;
mod budgets;
mod company_info;
mod contact_groups;
mod contacts;
mod credit_notes;
mod currencies;
mod employees;
mod expenses;
mod invoices;
mod items;
mod journal_entries;
mod payments;
mod purchase_orders;
mod repeating_transactions;
mod reports;
mod shared;
mod tax_rates;
mod tracking_categories;
mod transactions;
mod vendor_credits;

pub use accounts::{
    AccountClassification, AccountStatus, AccountType, AccountingAccount, AccountingAccountsApi,
    CreateAccountingAccount, ListAccountingAccountsQuery,
};
pub use amount::Amount;
pub use attachments::{
    AccountingAttachment, AccountingAttachmentsApi, AttachmentEntity,
    ListAccountingAttachmentsQuery,
};
pub use budgets::{
    Budget, BudgetLineItem, BudgetStatus, BudgetsApi, ListBudgetsQuery, UpdateBudget,
};
pub use company_info::{CompanyInfo, CompanyInfoApi, ListCompanyInfoQuery};
pub use contact_groups::{
    ContactGroup, ContactGroupStatus, ContactGroupsApi, CreateContactGroup, ListContactGroupsQuery,
    UpdateContactGroup,
};
pub use contacts::{
    AccountingContact, AccountingContactStatus, AccountingContactType, AccountingContactsApi,
    CreateAccountingContact, ListAccountingContactsQuery,
};
pub use credit_notes::{
    AccountingCreditNote, AccountingCreditNotesApi, CreateAccountingCreditNote, CreditNoteStatus,
    ListAccountingCreditNotesQuery,
};
pub use currencies::{AccountingCurrenciesApi, AccountingCurrency, CreateAccountingCurrency};
pub use employees::{
    AccountingEmployee, AccountingEmployeeStatus, AccountingEmployeesApi, CreateAccountingEmployee,
    ListAccountingEmployeesQuery,
};
pub use expenses::{
    AccountingExpense, AccountingExpensesApi, CreateAccountingExpense, ExpensePaymentType,
    ListAccountingExpensesQuery,
};
pub use invoices::{
    AccountingInvoice, AccountingInvoiceStatus, AccountingInvoiceType, AccountingInvoicesApi,
    CreateAccountingInvoice, ListAccountingInvoicesQuery, UpdateAccountingInvoice,
};
pub use items::{
    AccountingItem, AccountingItemStatus, AccountingItemsApi, CreateAccountingItem,
    ListAccountingItemsQuery,
};
pub use journal_entries::{
    CreateJournalEntry, JournalEntriesApi, JournalEntry, JournalEntryPayment, JournalEntryType,
    JournalLineInput, ListJournalEntriesQuery,
};
pub use payments::{
    AccountingPayment, AccountingPaymentsApi, CreateAccountingPayment, ListAccountingPaymentsQuery,
    PaymentFor, PaymentInvoiceRef, UpdateAccountingPayment,
};
pub use purchase_orders::{
    AccountingPurchaseOrder, AccountingPurchaseOrdersApi, CreateAccountingPurchaseOrder,
    ListAccountingPurchaseOrdersQuery, PurchaseOrderStatus, UpdateAccountingPurchaseOrder,
};
pub use repeating_transactions::{
    CreateRepeatingTransaction, DueDateType, ListRepeatingTransactionsQuery, RepeatingTransaction,
    RepeatingTransactionStatus, RepeatingTransactionsApi,
};
pub use reports::{AccountingReport, AccountingReportsApi, ListAccountingReportsQuery, ReportName};
pub use shared::{
    AccountingAddress, AccountingContactRef, AccountingLineItem, AccountingLineItemInput, LineItem,
    LineItemTrackingCategory, TrackingCategoryRef,
};
pub use tax_rates::{AccountingTaxRate, AccountingTaxRatesApi, ListAccountingTaxRatesQuery};
pub use tracking_categories::{
    ListTrackingCategoriesQuery, TrackingCategoriesApi, TrackingCategory, TrackingCategoryStatus,
    TrackingCategoryType, TrackingOption,
};
pub use transactions::{
    AccountingTransaction, AccountingTransactionsApi, CreateAccountingTransaction,
    ListAccountingTransactionsQuery, TransactionType,
};
pub use vendor_credits::{ListVendorCreditsQuery, VendorCredit, VendorCreditsApi};

/// Every endpoint trait of the accounting API, to glob-import: `use truto::accounting::prelude::*;`.
pub mod prelude {
    pub use super::{
        AccountingAccountsApi, AccountingAttachmentsApi, AccountingContactsApi,
        AccountingCreditNotesApi, AccountingCurrenciesApi, AccountingEmployeesApi,
        AccountingExpensesApi, AccountingInvoicesApi, AccountingItemsApi, AccountingPaymentsApi,
        AccountingPurchaseOrdersApi, AccountingReportsApi, AccountingTaxRatesApi,
        AccountingTransactionsApi, BudgetsApi, CompanyInfoApi, ContactGroupsApi, JournalEntriesApi,
        RepeatingTransactionsApi, TrackingCategoriesApi, VendorCreditsApi,
    };
}
