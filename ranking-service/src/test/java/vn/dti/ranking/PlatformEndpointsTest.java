package vn.dti.ranking;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.platform.testing.PlatformEndpointsContract;
import vn.dti.ranking.support.InfrastructureTestResource;

@QuarkusTest
@QuarkusTestResource(InfrastructureTestResource.class)
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String ownApiPath() {
        return "/api/v1/public/rankings";
    }
}
