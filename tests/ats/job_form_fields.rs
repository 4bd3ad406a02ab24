//! Job form fields: the one method of [`JobFormFieldsApi`](truto::ats::JobFormFieldsApi)
//! over loopback HTTP against the mock's `ats/job_form_fields` store.

use serde_json::json;
use truto::ats::{JobFormField, JobFormFieldsApi, ListJobFormFieldsQuery};
use truto::Reference;
use truto_mock::MockServer;

use crate::support::*;

/// The seeded record is the fixture `ats/job_form_fields.json`; every field is checked
/// against the values written there.
#[tokio::test]
async fn seeded_form_field_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed("ats/job_form_fields", 1)).await;
    let list = ListJobFormFieldsQuery::new(ACCOUNT)
        .job_id("job_1")
        .organization_id("org_1");
    let page = env
        .client
        .list_job_form_fields(&list)
        .first_page()
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/ats/job_form_fields",
        &format!("{ACCOUNT_QUERY}&job_id=job_1&organization_id=org_1"),
        None,
    );
    let f = &page.items[0];
    assert_eq!(f.id, "ats-job-form-field-000001");
    assert_eq!(f.name.as_deref(), Some("linkedin_profile"));
    assert_eq!(f.job, Some(Reference::with_id("job_1")));
    assert_eq!(f.label.as_deref(), Some("LinkedIn profile"));
    assert_eq!(f.description.as_deref(), Some("A link to your profile"));
    assert_eq!(f.extra.get("is_required"), Some(&json!(false)));
    assert_eq!(f.extra.get("position"), Some(&json!(3)));
    assert_eq!(
        *f,
        env.stored::<JobFormField>("ats/job_form_fields", "ats-job-form-field-000001")
    );
}

#[test]
fn form_field_decodes_required_only_nulls_and_extras() {
    let only_id: JobFormField = serde_json::from_value(json!({"id": "f1"})).unwrap();
    assert_eq!(
        only_id,
        JobFormField {
            id: "f1".into(),
            ..JobFormField::default()
        }
    );
    let nulls: JobFormField =
        serde_json::from_value(json!({"id": "f2", "label": null, "options": [{"value": "a"}]}))
            .unwrap();
    assert_eq!(nulls.label, None);
    assert_eq!(nulls.extra.get("options"), Some(&json!([{"value": "a"}])));
    assert!(serde_json::from_value::<JobFormField>(json!({"label": "x"})).is_err());
}

#[tokio::test]
async fn form_fields_list_pages_across_two_pages() {
    let env = Env::start(MockServer::builder().seed("ats/job_form_fields", 3)).await;
    let list = ListJobFormFieldsQuery::new(ACCOUNT).limit(2);
    let all = env
        .client
        .list_job_form_fields(&list)
        .collect_all()
        .await
        .unwrap();
    env.assert_pages(
        "/unified/ats/job_form_fields",
        // v1:ats/job_form_fields:f:2
        &[
            &format!("{ACCOUNT_QUERY}&limit=2"),
            &format!("{ACCOUNT_QUERY}&limit=2&next_cursor=djE6YXRzL2pvYl9mb3JtX2ZpZWxkczpmOjI"),
        ],
    );
    assert_eq!(all.len(), 3);
}
