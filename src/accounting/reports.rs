//! The `reports` resource of the unified accounting API (`/unified/accounting/reports`):
//! financial reports (balance sheet, profit and loss, aged receivables, ...) by name.
//!
//! Sources (Truto's public API reference, as stored copies; pages
//! `truto.one/docs/api-reference/unified-accounting-api/reports[/<method>]`):
//!
//! - `reports/list` (QuickBooks, Xero): query `report_name` (required by both; 37 values,
//!   36 of them visible: typed in [`ReportName`]), `start_date` and `end_date` (`date`, given
//!   together; QuickBooks), `contact` (`id`, `type`: `customer`, `vendor`; required by Xero
//!   for `aged_payable_by_contact` and `aged_receivable_by_contact`).
//!
//! No schema page and no response body was found: a report is kept whole as sent in
//! [`AccountingReport::other`] (its `id` is typed as optional). Only list is declared.
//!
//! Here: the models [`ReportName`], [`AccountingReport`]; the list query
//! [`ListAccountingReportsQuery`]; the endpoints, [`AccountingReportsApi`].

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::open_enum::open_enum;
use crate::{truto_endpoint, Api, Client, IdFilter, Paginator};

open_enum! {
    /// The report to fetch (`report_name` of the list query): the values `reports/list` shows.
    /// Other values are kept.
    pub enum ReportName {
        /// `account_list_detail`
        AccountListDetail = "account_list_detail",
        /// `aged_payable_by_contact`
        AgedPayableByContact = "aged_payable_by_contact",
        /// `aged_payable_detail`
        AgedPayableDetail = "aged_payable_detail",
        /// `aged_payable_summary`
        AgedPayableSummary = "aged_payable_summary",
        /// `aged_receivable_by_contact`
        AgedReceivableByContact = "aged_receivable_by_contact",
        /// `aged_receivable_detail`
        AgedReceivableDetail = "aged_receivable_detail",
        /// `aged_receivable_summary`
        AgedReceivableSummary = "aged_receivable_summary",
        /// `balance_sheet`
        BalanceSheet = "balance_sheet",
        /// `bank_summary`
        BankSummary = "bank_summary",
        /// `budget_summary`
        BudgetSummary = "budget_summary",
        /// `cash_flow`
        CashFlow = "cash_flow",
        /// `customer_balance`
        CustomerBalance = "customer_balance",
        /// `customer_balance_detail`
        CustomerBalanceDetail = "customer_balance_detail",
        /// `customer_income`
        CustomerIncome = "customer_income",
        /// `executive_summary`
        ExecutiveSummary = "executive_summary",
        /// `fec_report`
        FecReport = "fec_report",
        /// `general_ledger`
        GeneralLedger = "general_ledger",
        /// `general_ledger_fr`
        GeneralLedgerFr = "general_ledger_fr",
        /// `inventory_valuation_summary`
        InventoryValuationSummary = "inventory_valuation_summary",
        /// `journal_report`
        JournalReport = "journal_report",
        /// `journal_report_fr`
        JournalReportFr = "journal_report_fr",
        /// `profit_and_loss`
        ProfitAndLoss = "profit_and_loss",
        /// `profit_and_loss_detail`
        ProfitAndLossDetail = "profit_and_loss_detail",
        /// `sales_by_class`
        SalesByClass = "sales_by_class",
        /// `sales_by_customer`
        SalesByCustomer = "sales_by_customer",
        /// `sales_by_department`
        SalesByDepartment = "sales_by_department",
        /// `sales_by_product`
        SalesByProduct = "sales_by_product",
        /// `tax_summary`
        TaxSummary = "tax_summary",
        /// `transaction_list`
        TransactionList = "transaction_list",
        /// `transaction_list_by_customer`
        TransactionListByCustomer = "transaction_list_by_customer",
        /// `transaction_list_by_vendor`
        TransactionListByVendor = "transaction_list_by_vendor",
        /// `transaction_list_with_splits`
        TransactionListWithSplits = "transaction_list_with_splits",
        /// `trial_balance`
        TrialBalance = "trial_balance",
        /// `vendor_balance`
        VendorBalance = "vendor_balance",
        /// `vendor_balance_detail`
        VendorBalanceDetail = "vendor_balance_detail",
        /// `vendor_expense`
        VendorExpense = "vendor_expense",
    }
}

/// A financial report as Truto sends it (no schema is documented: every field is kept in
/// [`other`](Self::other)).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct AccountingReport {
    /// The identifier of the report, if the answer has one (**not confirmed**).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every other field of the answer, kept as sent: the stored reference pages do not
    /// show this resource's whole schema (see the module docs).
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

list_query! {
    /// Query of `GET /unified/accounting/reports`: the parameters `reports/list` documents.
    ///
    /// The contact's type (`contact[type]=vendor`) goes through [`param`](Self::param).
    pub struct ListAccountingReportsQuery {
        /// `report_name=...`: the report to fetch (required).
        report_name: ReportName,
        /// Sets `report_name`.
        fn report_name(value: ReportName);

        /// `start_date=...`: the start date of the report (`YYYY-MM-DD`, with `end_date`).
        start_date: String,
        /// Sets `start_date`, sent as given.
        fn start_date(value: impl Into<String>) = value.into();

        /// `end_date=...`: the end date of the report (`YYYY-MM-DD`, with `start_date`).
        end_date: String,
        /// Sets `end_date`, sent as given.
        fn end_date(value: impl Into<String>) = value.into();

        /// `contact[id]=...`: the contact to filter the report by (its `type` goes through `param`).
        contact: IdFilter,
        /// Filters by contact id (`contact[id]`).
        fn contact_id(id: impl Into<String>) = IdFilter::new(id);

        /// `created_at[op]=...`: when the record was created.
        created_at,

        /// `updated_at[op]=...`: when the record was last updated.
        updated_at,
    }
}

/// The `reports` resource: list (`/unified/accounting/reports`).
pub trait AccountingReportsApi: Api {
    /// Lists reports.
    #[truto_endpoint(GET, "/unified/accounting/reports")]
    fn list_accounting_reports(
        &self,
        #[query] query: &ListAccountingReportsQuery,
    ) -> Paginator<AccountingReport>;
}

impl AccountingReportsApi for Client {}
