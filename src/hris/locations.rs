//! The `locations` resource of the unified HRIS API (`/unified/hris/locations`): the offices
//! and other addresses employees work at.
//!
//! Sources (Truto's public API reference, as stored copies):
//!
//! - `locations/get`: response `id` (required), `name`, `phone_number` (an object:
//!   `number`, `extension`), `street_1` ("Line 1 of the location's street address"), then
//!   cut off;
//! - `locations/list`: the filters `name`, `postal_code` ("This represents the zip"),
//!   `country` (Kenjo and others) and `employee_id` ("The employee ID you want to get the
//!   locations for", required by Okta).
//!
//! Not confirmed: `street_2`, `city`, `state`, `postal_code`, `country`, `created_at`,
//! `updated_at` and `remote_data` as response fields. They are typed because the list
//! filters name `postal_code` and `country`, and the employee's `work_location` (the same
//! location, embedded) documents `street_1`, `street_2`, `city`, `state`, `postal_code`,
//! `country`. Methods are list and get, the two pages that exist.
//!
//! The names carry the API (`HrisLocation`, `HrisLocationsApi`, `list_hris_locations`)
//! because other unified APIs (ATS offices, CRM, accounting) have locations too and
//! `truto::prelude` imports every trait.
//!
//! Here: [`HrisLocation`]; [`ListHrisLocationsQuery`]; [`HrisLocationsApi`].

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::list_query::list_query;
use crate::{truto_endpoint, Api, Client, Paginator, PhoneNumber, QueryParams, Result};

/// A location of the unified HRIS API. `id` is required by the page but optional here, so
/// partial answers decode; unknown fields are ignored.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct HrisLocation {
    /// The unique identifier for locations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the location.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The phone number of the location (`number`, `extension`; the page documents no
    /// `type`, which then stays `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<PhoneNumber>,
    /// Line 1 of the location's street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_1: Option<String>,
    /// Line 2 of the street address (not confirmed, see the module docs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_2: Option<String>,
    /// The city (not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The state or province (not confirmed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// The zip / postal code (a list filter; not confirmed as a response field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// The country (a list filter; not confirmed as a response field).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// When the location was created (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_at: Option<DateTime<FixedOffset>>,
    /// When the location was last updated (not confirmed).
    #[serde(
        default,
        deserialize_with = "crate::timestamp::deserialize_option",
        skip_serializing_if = "Option::is_none"
    )]
    pub updated_at: Option<DateTime<FixedOffset>>,
    /// Raw data returned from the remote API call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remote_data: Option<Map<String, Value>>,
}

list_query! {
    /// Query of `GET /unified/hris/locations`: the documented `name`, `postal_code`,
    /// `country` and `employee_id` filters and the `created_at` / `updated_at` operators of
    /// every unified list.
    pub struct ListHrisLocationsQuery {
        /// `name=...`.
        name: String,
        /// Filters by location name.
        fn name(name: impl Into<String>) = name.into();

        /// `postal_code=...`.
        postal_code: String,
        /// Filters by zip / postal code.
        fn postal_code(code: impl Into<String>) = code.into();

        /// `country=...`.
        country: String,
        /// Filters by country.
        fn country(country: impl Into<String>) = country.into();

        /// `employee_id=...`.
        employee_id: String,
        /// The employee to get the locations of (required by Okta).
        fn employee_id(id: impl Into<String>) = id.into();

        /// `created_at[op]=...`: when the location was created.
        created_at,

        /// `updated_at[op]=...`: when the location was last updated.
        updated_at,
    }
}

/// The `locations` resource: list, get (`/unified/hris/locations`).
pub trait HrisLocationsApi: Api {
    /// Lists locations.
    #[truto_endpoint(GET, "/unified/hris/locations")]
    fn list_hris_locations(
        &self,
        #[query] query: &ListHrisLocationsQuery,
    ) -> Paginator<HrisLocation>;

    /// Gets one location.
    #[truto_endpoint(GET, "/unified/hris/locations/{id}")]
    async fn get_hris_location(
        &self,
        id: &str,
        #[query] query: &QueryParams,
    ) -> Result<HrisLocation>;
}

impl HrisLocationsApi for Client {}
