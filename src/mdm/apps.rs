//! The `apps` resource of the unified MDM API (`/unified/mdm/apps`): the software installed
//! or pushed on managed devices.
//!
//! Sources (as stored copies): `unified-mdm-api/apps/create` (Jamf): query `device_type`
//! (`mobile`; required by Jamf); body `name` ("The name of the software/application"),
//! `version` ("The installed version"), `app_id` ("A platform-specific application
//! identifier": bundle identifier, package name, product code, ...), all three required by
//! Jamf, `is_system_app` (cut off there). The response is typed after the body (not
//! confirmed), extra members kept in [`other`](MdmApp::other). Only create has a page.
//!
//! Here: [`MdmApp`]; [`CreateMdmApp`], [`MdmAppTarget`]; [`MdmAppsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::query_params::Wire;
use crate::write_body::write_body;
use crate::{truto_endpoint, Api, Client, QueryParams, Result};

/// An application. The typed members are optional and accept `null`; the others are kept in
/// [`other`](Self::other).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MdmApp {
    /// The application's unique identifier (not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The installed version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The platform-specific application identifier (bundle id, package name, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// Whether it is a system application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_system_app: Option<bool>,
    /// When the application was created (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the application was last updated (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
    /// Every other member, as sent.
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// The query of `POST /unified/mdm/apps`: Truto's parameters and `device_type` (`mobile`;
/// required by Jamf).
#[derive(Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct MdmAppTarget {
    /// Truto's own parameters and the other parameters set with [`param`](Self::param).
    #[serde(flatten)]
    pub query: QueryParams,
    /// `device_type=...`: the type of device the app is for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
}

impl Serialize for MdmAppTarget {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Target<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            device_type: &'a Option<String>,
        }
        Wire::new(
            &self.query,
            Target {
                device_type: &self.device_type,
            },
        )
        .serialize(serializer)
    }
}

impl MdmAppTarget {
    /// The query for the account `integrated_account_id`, nothing else set.
    pub fn new(integrated_account_id: impl Into<String>) -> Self {
        MdmAppTarget::from(QueryParams::new(integrated_account_id))
    }

    /// Sets `device_type` (`mobile`).
    #[must_use]
    pub fn device_type(mut self, device_type: impl Into<String>) -> Self {
        self.device_type = Some(device_type.into());
        self
    }

    /// Sets another query parameter, sent after `device_type`; the same as
    /// [`QueryParams::param`] on `query`.
    #[must_use]
    pub fn param(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        self.query = self.query.param(key, value);
        self
    }
}

impl From<QueryParams> for MdmAppTarget {
    fn from(query: QueryParams) -> Self {
        MdmAppTarget {
            query,
            device_type: None,
        }
    }
}

write_body! {
    /// Body of `POST /unified/mdm/apps` (Jamf requires `name`, `version` and `app_id`).
    pub struct CreateMdmApp {
        required {
            /// The name of the application.
            name: String,
            /// The version to install.
            version: String,
            /// The platform-specific application identifier.
            app_id: String,
        }
        optional {
            /// Whether it is a system application.
            is_system_app: bool,
        }
    }
}

/// The `apps` resource: create (`/unified/mdm/apps`).
pub trait MdmAppsApi: Api {
    /// Adds an application (Jamf: for mobile devices, set
    /// [`device_type`](MdmAppTarget::device_type)).
    #[truto_endpoint(POST, "/unified/mdm/apps")]
    async fn create_mdm_app(
        &self,
        #[query] target: &MdmAppTarget,
        #[body] body: &CreateMdmApp,
    ) -> Result<MdmApp>;
}

impl MdmAppsApi for Client {}
