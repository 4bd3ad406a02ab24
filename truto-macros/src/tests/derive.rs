//! `#[derive(Endpoint)]`: expansion snapshots and errors.

use proc_macro2::TokenStream;
use quote::quote;

use super::normalize;
use crate::derive::{derive, expand_derive};

#[track_caller]
fn assert_derives(input: TokenStream, expected: TokenStream) {
    assert_eq!(normalize(expand_derive(input)), normalize(expected));
}

/// Checks that `derive` reports exactly these errors, in order (each a message prefix or
/// part).
#[track_caller]
fn assert_errors(input: TokenStream, expected: &[&str]) {
    let input = syn::parse2(input).expect("an item");
    let actual: Vec<String> = match derive(&input) {
        Ok(expanded) => panic!("expected errors, got {expanded}"),
        Err(errors) => errors.into_iter().map(|e| e.to_string()).collect(),
    };
    assert_eq!(actual.len(), expected.len(), "errors: {actual:#?}");
    for (actual, expected) in actual.iter().zip(expected) {
        assert!(actual.contains(expected), "{actual:?} lacks {expected:?}");
    }
}

#[test]
fn every_field_role() {
    assert_derives(
        quote! {
            #[endpoint(POST, "/unified/{model}/{resource}/{method}", response = serde_json::Value)]
            pub struct CustomMethod<'a> {
                pub model: &'a str,
                #[endpoint(path)]
                pub resource: String,
                pub method: &'a str,
                #[endpoint(flatten)]
                pub query: &'a truto::UnifiedQuery,
                pub limit: Option<u32>,
                #[endpoint(query = "sort_by")]
                pub sort: Option<String>,
                #[endpoint(body)]
                pub body: serde_json::Value,
                #[doc = " Traced."]
                #[endpoint(header = "X-Trace")]
                pub trace: Option<String>,
                #[endpoint(skip)]
                pub note: String,
                pub r#type: u8,
            }
        },
        quote! {
            #[automatically_derived]
            impl<'a> ::truto::__private::Endpoint for CustomMethod<'a> {
                type Response = serde_json::Value;

                fn request(&self) -> ::truto::__private::RequestBuilder {
                    let mut __truto_request = ::truto::__private::RequestBuilder::new(
                        ::truto::__private::Method::Post,
                        "/unified/{model}/{resource}/{method}",
                    );
                    __truto_request.push_literal("/unified/");
                    __truto_request.push_segment("model", &self.model);
                    __truto_request.push_literal("/");
                    __truto_request.push_segment("resource", &self.resource);
                    __truto_request.push_literal("/");
                    __truto_request.push_segment("method", &self.method);
                    __truto_request.query(&self.query);
                    __truto_request.query_param("limit", &self.limit);
                    __truto_request.query_param("sort_by", &self.sort);
                    __truto_request.json_body(&self.body);
                    __truto_request.header("X-Trace", &self.trace);
                    __truto_request.query_param("type", &self.r#type);
                    __truto_request
                }

                fn decode(response: ::truto::__private::RawResponse) -> ::truto::Result<Self::Response> {
                    ::truto::__private::decode_json::<serde_json::Value>(response)
                }
            }
        },
    );
}

#[test]
fn whole_struct_body_with_generics_tail_and_format() {
    assert_derives(
        quote! {
            #[derive(Serialize)]
            #[endpoint(PATCH, "/files/{*path}", response = Vec<T>, body, format = raw)]
            pub struct Update<'a, T>
            where
                T: DeserializeOwned,
            {
                #[serde(skip)]
                pub path: &'a str,
                pub subject: String,
                #[serde(skip)]
                #[endpoint(header = "X-Request-Id")]
                pub key: Option<&'a str>,
                #[serde(skip)]
                #[endpoint(skip)]
                pub _item: PhantomData<T>,
            }
        },
        quote! {
            #[automatically_derived]
            impl<'a, T> ::truto::__private::Endpoint for Update<'a, T>
            where
                T: DeserializeOwned,
                Vec<T>: ::core::marker::Send + 'static
            {
                type Response = Vec<T>;

                fn request(&self) -> ::truto::__private::RequestBuilder {
                    let mut __truto_request = ::truto::__private::RequestBuilder::new(
                        ::truto::__private::Method::Patch,
                        "/files/{*path}",
                    );
                    __truto_request.push_literal("/files/");
                    __truto_request.push_segments("path", &self.path);
                    __truto_request.header("X-Request-Id", &self.key);
                    __truto_request.json_body(self);
                    __truto_request.response_format(::truto::__private::ResponseFormat::Raw);
                    __truto_request
                }

                fn decode(response: ::truto::__private::RawResponse) -> ::truto::Result<Self::Response> {
                    ::truto::__private::decode_json::<Vec<T>>(response)
                }
            }
        },
    );
}

#[test]
fn unit_and_stream_responses() {
    let unit = expand_derive(quote! {
        #[endpoint(DELETE, "/things/{id}", response = ())]
        struct Remove { id: u64 }
    })
    .to_string();
    assert!(unit.contains(&quote!(::truto::__private::decode_unit(response)).to_string()));
    assert!(unit.contains(
        &quote!(
            type Response = ();
        )
        .to_string()
    ));
    let stream = expand_derive(quote! {
        #[endpoint(GET, "/files/{id}", response = truto::ByteStream)]
        struct Download { id: u64 }
    })
    .to_string();
    assert!(stream.contains(&quote!(::truto::__private::decode_stream(response)).to_string()));
    // Lifetime-only generics add no bound.
    let borrowed = expand_derive(quote! {
        #[endpoint(GET, "/x", response = u8)]
        struct Borrowed<'a> { q: &'a str }
    })
    .to_string();
    assert!(!borrowed.contains("where"));
}

#[test]
fn errors_are_compile_errors_only() {
    let out = expand_derive(quote! {
        #[endpoint(GET, "/a/{id}", response = u8)]
        struct A { x: u8 }
    })
    .to_string();
    assert!(out.contains("compile_error"));
    assert!(!out.contains("impl"));
}

#[test]
fn shape_errors() {
    assert_errors(
        quote! {
            #[endpoint(GET, "/a", response = u8)]
            enum A { X }
        },
        &["`#[derive(Endpoint)]` needs a struct with named fields: each field's name is the placeholder or query parameter it fills; found an enum"],
    );
    assert_errors(
        quote! {
            #[endpoint(GET, "/a", response = u8)]
            union A { x: u8 }
        },
        &["found a union"],
    );
    assert_errors(
        quote! {
            #[endpoint(GET, "/a/{id}", response = u8)]
            struct A(u8);
        },
        &["found a tuple struct"],
    );
    assert_errors(
        quote! {
            #[endpoint(GET, "/a", response = u8)]
            struct A;
        },
        &["found a unit struct: write `A {}` for an endpoint without inputs"],
    );
    // Struct-level problems are reported alongside the shape.
    assert_errors(
        quote! {
            enum A { X }
        },
        &["missing the struct's `#[endpoint(..)]`", "found an enum"],
    );
}

#[test]
fn struct_attribute_errors() {
    let item = quote!(
        struct A {
            id: u8,
        }
    );
    let with = |attr: TokenStream| quote!(#attr #item);
    assert_errors(item.clone(), &["missing the struct's `#[endpoint(..)]`: expected `#[endpoint(METHOD, \"/path\", response = Type)]`"]);
    assert_errors(with(quote!(#[endpoint])), &["missing arguments"]);
    assert_errors(with(quote!(#[endpoint()])), &["missing arguments"]);
    assert_errors(
        with(quote!(#[endpoint(GET, "/a")])),
        &["missing `response = Type`"],
    );
    assert_errors(
        with(quote!(#[endpoint(FETCH, "/a", response = u8)])),
        &["unknown HTTP method `FETCH`; expected one of `GET`, `POST`, `PUT`, `PATCH`, `DELETE`"],
    );
    assert_errors(
        with(quote!(#[endpoint(GET, PATH, response = u8)])),
        &["the path must be a string literal"],
    );
    assert_errors(
        with(quote!(#[endpoint(GET, "a/{id}/{id}", response = u8)])),
        &[
            "the path must start with `/`",
            "placeholder `{id}` appears more than once in the path",
        ],
    );
    assert_errors(
        with(quote!(#[endpoint(GET, "/a", response = u8, formt = raw, respons = u8, raw)])),
        &[
            "unknown option `formt`; valid keys: `response`, `format`, `idempotent`, `body`",
            "unknown option `respons`; valid keys: `response`, `format`, `idempotent`, `body`",
            "unexpected argument: after `METHOD, \"/path\"` only `key = value` options, `idempotent` and `body` follow",
        ],
    );
    assert_errors(
        with(quote!(#[endpoint(POST, "/a", response = u8, response = u16, body, body)])),
        &["duplicate `response` option", "duplicate `body` option"],
    );
    assert_errors(
        with(quote!(#[endpoint(POST, "/a", response = u8, body = true)])),
        &["`body` takes no value: write `body` alone"],
    );
    assert_errors(
        quote! {
            #[endpoint(GET, "/a/{id}", response = u8)]
            #[endpoint(POST, "/b/{id}", response = u8)]
            struct A { id: u8 }
        },
        &["duplicate `#[endpoint(..)]` on the struct"],
    );
    assert_errors(
        with(quote!(#[endpoint(GET, "/a/{id}", response = truto::Paginator<u8>)])),
        &["`response = Paginator<..>`: a derived endpoint is sent once"],
    );
}

#[test]
fn field_errors() {
    assert_errors(
        quote! {
            #[endpoint(POST, "/a/{id}/{x}", response = u8)]
            struct A {
                #[endpoint(flatten)]
                id: u8,
                #[endpoint(path)]
                resource: String,
                #[endpoint(rename = "b")]
                b: u8,
                #[endpoint(query)]
                c: u8,
                #[endpoint(body = x)]
                d: u8,
                #[endpoint(body, skip)]
                e: u8,
                #[endpoint]
                f: u8,
                #[endpoint(header = "X Y")]
                g: String,
                #[endpoint(query = "limit")]
                h: u8,
                limit: u8,
                #[endpoint(header = "")]
                i: u8,
            }
        },
        &[
            "unknown field option `rename`; valid keys: `path`, `flatten`, `query = \"name\"`, `body`, `multipart`, `raw_body`, `header = \"Name\"`, `skip`",
            "expected `query = \"..\"`, e.g. `#[endpoint(query = \"sort_by\")]`",
            "`body` takes no value: write `#[endpoint(body)]`",
            "conflicting attributes: this field is already `#[endpoint(body)]`; a field takes at most one of",
            "expected `#[endpoint(..)]` with one of",
            "field `id` fills the path placeholder `{id}`; it cannot also be `#[endpoint(flatten)]`",
            "`#[endpoint(path)]` field `resource` has no placeholder in the path: add `{resource}` (or the tail `{*resource}`)",
            "invalid header name `X Y`",
            "query parameter `limit` is already sent by field `h`",
            "empty header name: write e.g. `#[endpoint(header = \"X-Request-Id\")]`",
            "path placeholder `{x}` has no field named `x`; add one, e.g. `pub x: String`",
        ],
    );
}

#[test]
fn body_errors() {
    assert_errors(
        quote! {
            #[endpoint(GET, "/a", response = u8)]
            struct A {
                #[endpoint(body)]
                a: u8,
                #[endpoint(body)]
                b: u8,
            }
        },
        &[
            "a GET request has no body: send this as `#[endpoint(flatten)]`, or use POST, PUT or PATCH",
            "only one `#[endpoint(body)]` field is allowed; `a` is already the body",
        ],
    );
    assert_errors(
        quote! {
            #[endpoint(GET, "/a", response = u8, body)]
            struct A {
                #[endpoint(body)]
                a: u8,
            }
        },
        &[
            "the whole struct is already the body (`body` in the struct's `#[endpoint(..)]`)",
            "a GET request has no body: remove `body`, or use POST, PUT or PATCH",
        ],
    );
}

#[test]
fn tail_errors() {
    assert_errors(
        quote! {
            #[endpoint(GET, "/a/{*path}/b/{*more}", response = u8)]
            struct A { path: String, more: String }
        },
        &[
            "the tail placeholder `{*path}` takes the rest of the path, so it must be the last segment; found `/b/{*more}` after it",
            "a path has at most one tail placeholder: `{*path}` already takes the rest of the path; write `{*more}` as `{more}`",
        ],
    );
}

#[test]
fn unparsable_input_is_an_error() {
    let out = expand_derive(quote!(
        fn f() {}
    ))
    .to_string();
    assert!(out.contains("compile_error"));
}

#[test]
fn multipart_and_raw_body_fields() {
    assert_derives(
        quote! {
            #[endpoint(POST, "/file", response = serde_json::Value)]
            struct UploadFile {
                #[endpoint(multipart)]
                form: truto::Multipart,
            }
        },
        quote! {
            #[automatically_derived]
            impl ::truto::__private::Endpoint for UploadFile {
                type Response = serde_json::Value;

                fn request(&self) -> ::truto::__private::RequestBuilder {
                    let mut __truto_request = ::truto::__private::RequestBuilder::new(
                        ::truto::__private::Method::Post,
                        "/file",
                    );
                    __truto_request.push_literal("/file");
                    __truto_request.multipart_body(&self.form);
                    __truto_request
                }

                fn decode(response: ::truto::__private::RawResponse) -> ::truto::Result<Self::Response> {
                    ::truto::__private::decode_json::<serde_json::Value>(response)
                }
            }
        },
    );
    assert_errors(
        quote! {
            #[endpoint(POST, "/a", response = u8, body)]
            struct A {
                #[endpoint(raw_body)]
                raw: truto::RawBody,
                #[endpoint(multipart = "x")]
                form: truto::Multipart,
            }
        },
        &[
            "`multipart` takes no value",
            "the whole struct is already the body (`body` in the struct's `#[endpoint(..)]`): remove `#[endpoint(raw_body)]` from this field",
        ],
    );
}
