//! Companies: every method of [`CompaniesApi`](truto::hris::CompaniesApi) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::hris::{CompaniesApi, Company, ListCompaniesQuery};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "hris/companies";
// The mock's seeded ids drop one trailing `s` from the store name: `hris-companie-000001`.
const PREFIX: &str = "hris-companie";

#[tokio::test]
async fn companies_get_decodes_the_seeded_record_and_unknown_id_is_404() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let company = env.client.get_company(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/hris/companies/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/hris/companies.json.
    assert_eq!(company.id.as_deref(), Some(id.as_str()));
    assert_eq!(
        company.legal_name.as_deref(),
        Some("Acme Analytical Engines Ltd")
    );
    assert_eq!(company.display_name.as_deref(), Some("Acme"));
    assert_eq!(
        company.enis,
        Some(vec!["12-3456789".to_owned(), "98-7654321".to_owned()])
    );
    assert_eq!(company.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(company.remote_data.as_ref().unwrap()["id"], json!(1));

    assert_not_found(
        env.client.get_company("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn companies_list_pages_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListCompaniesQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let companies = env
        .client
        .list_companies(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/hris/companies",
        // v1:hris/companies:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6aHJpcy9jb21wYW5pZXM6Zjo1"),
        ],
    );
    let ids: Vec<String> = companies.iter().filter_map(|c| c.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
}

#[test]
fn company_decodes_minimal_nulls_and_extra_fields() {
    let minimal: Company = serde_json::from_value(json!({"id": "c"})).unwrap();
    assert_eq!(
        minimal,
        Company {
            id: Some("c".into()),
            ..Company::default()
        }
    );
    let odd: Company =
        serde_json::from_value(json!({"enis": null, "legal_name": null, "extra": 1})).unwrap();
    assert_eq!(odd, Company::default());
    assert!(serde_json::from_value::<Company>(json!({"enis": "12-3"})).is_err());
    assert_eq!(
        truto::query::to_query_string(&ListCompaniesQuery::new(ACCOUNT).display_name("Acme Co"))
            .unwrap(),
        format!("{ACCOUNT_QUERY}&display_name=Acme%20Co")
    );
}
