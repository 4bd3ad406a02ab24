//! Company info: every method of [`CompanyInfoApi`](truto::accounting::CompanyInfoApi) over
//! loopback HTTP against the mock's store, and the decode of the seeded example record
//! (`truto-mock/fixtures/unified/accounting/company_info.json`).

use serde_json::json;
use truto::accounting::{AccountingAddress, CompanyInfo, CompanyInfoApi, ListCompanyInfoQuery};
use truto::{Compare, Email, PhoneNumber};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "accounting/company_info";
// Seeded ids: the store name with `/` and `_` as `-`, one trailing `s` dropped.
const PREFIX: &str = "accounting-company-info";

#[tokio::test]
async fn company_info_list_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let all = env
        .client
        .list_company_info(&ListCompanyInfoQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages("/unified/accounting/company_info", &[ACCOUNT_QUERY]);
    assert_eq!(all.len(), 1);
    let got = all[0].clone();
    // Expected values read from the fixture by hand.
    let expected = CompanyInfo {
        name: Some("Acme Analytical Engines".into()),
        legal_name: Some("Acme Analytical Engines Ltd".into()),
        emails: Some(vec![Email {
            kind: Some("billing".into()),
            ..Email::new("books@acme.example")
        }]),
        tax_number: Some("GB111222333".into()),
        fiscal_year_end_month: Some("3".into()),
        fiscal_year_end_day: Some("31".into()),
        currency: Some("GBP".into()),
        urls: Some(vec![
            json!("https://acme.example"),
            json!({"type": "website", "url": "https://acme.example/shop"}),
        ]),
        addresses: Some(vec![AccountingAddress {
            street_1: Some("1 Analytical Row".into()),
            city: Some("London".into()),
            country: Some("GB".into()),
            postal_code: Some("EC1A 1AA".into()),
            ..AccountingAddress::default()
        }]),
        phones: Some(vec![PhoneNumber {
            number: Some("+44 20 7946 0001".into()),
            ..PhoneNumber::default()
        }]),
        // Seeded record 1: created 2024-01-01T00:10:00Z, updated one hour later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: got.remote_data.clone(),
        ..CompanyInfo::new(id.clone())
    };
    assert_eq!(got, expected);
    assert_eq!(got.remote_data.as_ref().unwrap()["id"], json!(1));
}

#[tokio::test]
async fn company_info_list_pages_with_a_typed_filter_and_created_at() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListCompanyInfoQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_company_info(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gt]={AFTER_THIRD_ENCODED}");
    env.assert_pages(
        "/unified/accounting/company_info",
        // v1:accounting/company_info:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6YWNjb3VudGluZy9jb21wYW55X2luZm86Zjo1"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|r| r.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[test]
fn company_info_decodes_minimal_nulls_unknown_values_and_extra_fields() {
    let minimal: CompanyInfo = serde_json::from_value(json!({"id": "r"})).unwrap();
    assert_eq!(minimal, CompanyInfo::new("r"));
    let nulls: CompanyInfo = serde_json::from_value(json!({"name": null, "legal_name": null, "emails": null, "tax_number": null, "fiscal_year_end_month": null, "fiscal_year_end_day": null, "currency": null, "urls": null, "addresses": null, "phones": null, "created_at": null, "updated_at": null, "remote_data": null, "id": "r", "an_undocumented_field": {"x": [1, 2]}})).unwrap();
    assert_eq!(nulls, CompanyInfo::new("r"));
    // `id` is required by the reference.
    assert!(serde_json::from_value::<CompanyInfo>(json!({"name": "x"})).is_err());
    // A number where a string is documented is a decoding error, not a guess.
    assert!(serde_json::from_value::<CompanyInfo>(json!({"id": "r", "name": 5})).is_err());
}
