// Stands in for @actions/core's OIDC helper in the bundles. The real one
// loads @actions/http-client and undici at start-up (about 0.8 MB of code
// and a few hundred milliseconds before any action can begin), only for
// core.getIDToken(), which shipshape never calls: the sign stage requests
// the OIDC token itself (packages/core/src/sign/oidc-token.ts).
export class OidcClient {
  static async getIDToken() {
    throw new Error(
      'core.getIDToken() is not bundled in shipshape; the sign stage requests the OIDC token itself',
    );
  }
}
