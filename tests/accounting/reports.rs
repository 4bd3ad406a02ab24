//! Reports: every method of [`AccountingReportsApi`](truto::accounting::AccountingReportsApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/reports.json`).

use serde_json::json;
use truto::accounting::{
    AccountingReport, AccountingReportsApi, ListAccountingReportsQuery, ReportName,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/reports";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-report";

#[tokio::test]
async fn reports_list_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let all = env
        .client
        .list_accounting_reports(&ListAccountingReportsQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages("/unified/accounting/reports", &[ACCOUNT_QUERY]);
    assert_eq!(all.len(), 1);
    let got = all[0].clone();
    // Expected values read from the fixture by hand.
    let expected = AccountingReport {
        other: got.other.clone(),
        remote_data: got.remote_data.clone(),
        id: Some(id.clone()),
    };
    assert_eq!(got, expected);
    // What the model does not type (fixture fields, seed timestamps and etag) lands in `other`.
    let mut other_keys: Vec<&str> = got.other.keys().map(String::as_str).collect();
    other_keys.sort_unstable();
    assert_eq!(
        other_keys,
        ["created_at", "etag", "report_name", "rows", "updated_at"]
    );
    assert_eq!(got.other["report_name"], json!("balance_sheet"));
    assert_eq!(
        got.other["rows"],
        json!([{"account": "account_090", "balance": 10432.75}])
    );
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
}

#[tokio::test]
async fn reports_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListAccountingReportsQuery::new(ACCOUNT)
        .limit(2)
        .report_name(ReportName::BalanceSheet)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_accounting_reports(&list)
        .collect_all()
        .await
        .unwrap();
    // The mock ignores `report_name`, `start_date` and `end_date` (not filters it knows) and keeps every record.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&report_name=balance_sheet&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/accounting/reports",
        // v1:accounting/reports:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9yZXBvcnRzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[test]
fn accounting_report_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: AccountingReport = serde_json::from_value(json!({"id": "r"})).unwrap();
    let bare = AccountingReport {
        id: Some("r".into()),
        ..AccountingReport::default()
    };
    assert_eq!(minimal, bare);
    let nulls: AccountingReport = serde_json::from_value(
        json!({"remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}}),
    )
    .unwrap();
    // Fields the reference does not show are kept in `other`, as sent.
    let mut expected = bare.clone();
    expected
        .other
        .insert("an_undocumented_field".into(), json!({"x": [1, 2]}));
    assert_eq!(nulls, expected);
}
