//! Benefits: every method of [`HrisBenefitsApi`](truto::hris::HrisBenefitsApi) (list,
//! create, update; Truto documents no get or delete) over loopback HTTP against the mock's
//! store, and the decode of the seeded example record.

use serde_json::json;
use truto::hris::{
    CreateHrisBenefit, HrisBenefit, HrisBenefitsApi, HrisCompanyBenefit, ListHrisBenefitsQuery,
    UpdateHrisBenefit,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "hris/benefits";

#[tokio::test]
async fn benefits_list_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let benefits = env
        .client
        .list_hris_benefits(&ListHrisBenefitsQuery::new(ACCOUNT))
        .collect_all()
        .await
        .unwrap();
    env.assert_pages("/unified/hris/benefits", &[ACCOUNT_QUERY]);
    assert_eq!(benefits.len(), 1);
    let benefit = &benefits[0];
    // Expected values read from truto-mock/fixtures/unified/hris/benefits.json.
    assert_eq!(benefit.id.as_deref(), Some("hris-benefit-000001"));
    assert_eq!(benefit.name.as_deref(), Some("Medical cover"));
    assert_eq!(
        benefit.employee,
        Some(Reference::new("hris-employee-000001", "Ada Lovelace"))
    );
    assert_eq!(benefit.provider_name.as_deref(), Some("Babbage Health"));
    assert_eq!(benefit.status.as_deref(), Some("active"));
    assert_eq!(
        benefit.company_benefit,
        Some(HrisCompanyBenefit {
            id: Some("cb-medical".into()),
            name: Some("Medical".into()),
            description: Some("Private medical insurance".into()),
        })
    );
    assert_eq!(benefit.employee_contribution.as_deref(), Some("25.00"));
    assert_eq!(benefit.company_contribution.as_deref(), Some("150.00"));
    assert_eq!(benefit.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_eq!(benefit.remote_data.as_ref().unwrap()["id"], json!(1));
}

#[tokio::test]
async fn benefits_create_then_update_send_each_body_once() {
    let env = Env::empty().await;
    let body = CreateHrisBenefit::new()
        .employee(Reference::with_id("hris-employee-000001"))
        .company_benefit(HrisCompanyBenefit::with_id("cb-dental"))
        .employee_contribution("10.00")
        .company_contribution("40.00");
    let created = env
        .client
        .create_hris_benefit(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/hris/benefits",
        ACCOUNT_QUERY,
        Some(json!({
            "employee": {"id": "hris-employee-000001"},
            "company_benefit": {"id": "cb-dental"},
            "employee_contribution": "10.00",
            "company_contribution": "40.00"
        })),
    );
    assert_eq!(created.id.as_deref(), Some("hris-benefit-000001"));
    assert_eq!(
        created.company_benefit,
        Some(HrisCompanyBenefit::with_id("cb-dental"))
    );

    let patch = UpdateHrisBenefit::new()
        .status("inactive")
        .employee_contribution("0.00");
    let updated = env
        .client
        .update_hris_benefit("hris-benefit-000001", &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/hris/benefits/hris-benefit-000001",
        ACCOUNT_QUERY,
        Some(json!({"status": "inactive", "employee_contribution": "0.00"})),
    );
    assert_eq!(updated.status.as_deref(), Some("inactive"));
    assert_eq!(updated.employee_contribution.as_deref(), Some("0.00"));
    // Fields the patch leaves out keep their created values.
    assert_eq!(updated.company_contribution.as_deref(), Some("40.00"));
    assert_eq!(updated, env.stored(STORE, "hris-benefit-000001"));

    assert_not_found(
        env.client
            .update_hris_benefit("nope", &query(), &patch)
            .await,
        STORE,
        "nope",
    );
}

#[tokio::test]
async fn benefits_list_pages_with_employee_and_created_at_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    // Every seeded record belongs to the fixture's employee, so the mock's `employee[id]`
    // filter keeps them all; created_at keeps the fourth to the seventh.
    let list = ListHrisBenefitsQuery::new(ACCOUNT)
        .limit(2)
        .employee("hris-employee-000001")
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let benefits = env
        .client
        .list_hris_benefits(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&employee[id]=hris-employee-000001&created_at[gt]={AFTER_THIRD_ENCODED}"
    );
    env.assert_pages(
        "/unified/hris/benefits",
        // v1:hris/benefits:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6aHJpcy9iZW5lZml0czpmOjU"),
        ],
    );
    let ids: Vec<String> = benefits.iter().filter_map(|b| b.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("hris-benefit"));
}

#[test]
fn benefit_decodes_minimal_nulls_and_extra_fields() {
    let minimal: HrisBenefit = serde_json::from_value(json!({"id": "b"})).unwrap();
    assert_eq!(
        minimal,
        HrisBenefit {
            id: Some("b".into()),
            ..HrisBenefit::default()
        }
    );
    let odd: HrisBenefit = serde_json::from_value(json!({
        "company_benefit": null, "status": "on_hold", "employee_contribution": null,
        "deductions": [1, 2]
    }))
    .unwrap();
    assert_eq!(odd.status.as_deref(), Some("on_hold"));
    assert_eq!(odd.company_benefit, None);
    assert!(serde_json::from_value::<HrisBenefit>(json!({"company_contribution": 150})).is_err());
    assert_eq!(
        truto::query::to_query_string(
            &ListHrisBenefitsQuery::new(ACCOUNT)
                .status("active")
                .company_benefit("cb-1")
        )
        .unwrap(),
        format!("{ACCOUNT_QUERY}&status=active&company_benefit[id]=cb-1")
    );
}
