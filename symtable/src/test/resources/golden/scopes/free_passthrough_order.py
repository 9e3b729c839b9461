def outer():
    alpha = beta = gamma = delta = 1
    epsilon = zeta = eta = theta = iota = kappa = 2
    def passthrough():
        def leaf():
            return alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota, kappa
        return leaf
    class Through:
        def method(self):
            return alpha + zeta + kappa + delta
    return passthrough, Through
