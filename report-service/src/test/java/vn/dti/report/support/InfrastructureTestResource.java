package vn.dti.report.support;

import vn.dti.platform.testing.RealInfrastructure;

/** PostgreSQL, a KRaft broker and a signing key for this service's tests (see {@link RealInfrastructure}). */
public class InfrastructureTestResource extends RealInfrastructure {
}
